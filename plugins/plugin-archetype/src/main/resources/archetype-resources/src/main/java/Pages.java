package ${package};

import java.util.List;
import java.util.Locale;

/** The plugin's HTML, small enough to write by hand; every text from data is escaped. */
final class Pages {

  private Pages() {}

  static String list(String county, String pluginId, List<Greeting> greetings, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    StringBuilder items = new StringBuilder();
    for (Greeting g : greetings) {
      items.append("<li>").append(escape(g.text())).append("</li>");
    }
    if (greetings.isEmpty()) {
      items.append("<li>").append(zh ? "还没有问候" : "No greetings yet").append("</li>");
    }
    return page(
        zh ? "zh-CN" : "en",
        (zh ? "问候 · " : "Greetings · ") + escape(county),
        "<p>" + escape(pluginId) + "</p><ul>" + items + "</ul>");
  }

  static String console(String county, int count, Locale locale) {
    boolean zh = !"en".equals(locale.getLanguage());
    return page(
        zh ? "zh-CN" : "en",
        (zh ? "问候管理 · " : "Greetings admin · ") + escape(county),
        "<p>" + (zh ? "问候数：" : "Greetings: ") + count + "</p>");
  }

  private static String page(String lang, String title, String body) {
    return "<!DOCTYPE html><html lang=\"" + lang + "\"><head><meta charset=\"UTF-8\"><title>"
        + title
        + "</title></head><body><main><h1>"
        + title
        + "</h1>"
        + body
        + "</main></body></html>";
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
