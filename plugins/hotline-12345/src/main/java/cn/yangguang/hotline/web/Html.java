package cn.yangguang.hotline.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The small HTML toolkit of the hotline's pages: the page frame (the platform's stylesheet, a main
 * landmark, the language), labelled form fields, and texts from the plugin's own message bundle
 * ({@code i18n/hotline}, zh-CN by default, English). Every value from data is escaped.
 */
final class Html {

  private final ResourceBundle bundle;
  private final boolean zh;

  Html(Locale locale) {
    this.zh = !"en".equals(locale.getLanguage());
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.hotline",
            zh ? Locale.ROOT : Locale.ENGLISH,
            Html.class.getClassLoader(),
            // the JVM's default locale must not decide the language of a page
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** Whether the page is in Chinese. */
  boolean chinese() {
    return zh;
  }

  /** Whether the bundle has a text for the key. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** A text of the bundle. */
  String t(String key) {
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  /** A whole page. */
  String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\""
        + (zh ? "zh-CN" : "en")
        + "\"><head><meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width,"
        + " initial-scale=1\"><title>"
        + esc(title)
        + "</title><link rel=\"stylesheet\" href=\"/static/portal.css\"></head><body><main"
        + " id=\"main\"><h1>"
        + esc(title)
        + "</h1>"
        + body
        + "</main></body></html>";
  }

  /** A list of errors at the top of a form. */
  String errors(List<String> messages) {
    if (messages.isEmpty()) {
      return "";
    }
    StringBuilder b = new StringBuilder("<div role=\"alert\"><p>" + esc(t("errors")) + "</p><ul>");
    messages.forEach(m -> b.append("<li>").append(esc(m)).append("</li>"));
    return b.append("</ul></div>").toString();
  }

  /** A labelled text input. */
  String input(String name, String labelKey, String value, boolean required, String type) {
    String id = "f-" + name;
    return "<p><label for=\""
        + id
        + "\">"
        + esc(t(labelKey))
        + "</label><br><input id=\""
        + id
        + "\" name=\""
        + name
        + "\" type=\""
        + type
        + "\" value=\""
        + esc(value == null ? "" : value)
        + "\""
        + (required ? " required" : "")
        + "></p>";
  }

  /** A labelled text area. */
  String area(String name, String labelKey, String value, boolean required) {
    String id = "f-" + name;
    return "<p><label for=\""
        + id
        + "\">"
        + esc(t(labelKey))
        + "</label><br><textarea id=\""
        + id
        + "\" name=\""
        + name
        + "\" rows=\"4\" cols=\"50\""
        + (required ? " required" : "")
        + ">"
        + esc(value == null ? "" : value)
        + "</textarea></p>";
  }

  /** A labelled select of value to label. */
  String select(String name, String labelKey, Map<String, String> options, String selected) {
    String id = "f-" + name;
    StringBuilder b =
        new StringBuilder(
            "<p><label for=\""
                + id
                + "\">"
                + esc(t(labelKey))
                + "</label><br><select id=\""
                + id
                + "\" name=\""
                + name
                + "\">");
    options.forEach(
        (v, l) ->
            b.append("<option value=\"")
                .append(esc(v))
                .append('"')
                .append(v.equals(selected) ? " selected" : "")
                .append('>')
                .append(esc(l))
                .append("</option>"));
    return b.append("</select></p>").toString();
  }

  /** A form posting to {@code action}, with the session's anti-forgery token when there is one. */
  String form(String action, String token, String submitLabel, String fields) {
    return "<form method=\"post\" action=\""
        + esc(action)
        + "\">"
        + (token == null
            ? ""
            : "<input type=\"hidden\" name=\"_csrf\" value=\"" + esc(token) + "\">")
        + fields
        + "<p><button type=\"submit\">"
        + esc(submitLabel)
        + "</button></p></form>";
  }

  /** A table with a caption, header cells and rows of already escaped cells. */
  String table(String caption, List<String> headers, List<List<String>> rows) {
    StringBuilder b =
        new StringBuilder("<table><caption>" + esc(caption) + "</caption><thead><tr>");
    headers.forEach(h -> b.append("<th scope=\"col\">").append(esc(h)).append("</th>"));
    b.append("</tr></thead><tbody>");
    if (rows.isEmpty()) {
      b.append("<tr><td colspan=\"")
          .append(headers.size())
          .append("\">")
          .append(esc(t("none")))
          .append("</td></tr>");
    }
    for (List<String> row : rows) {
      b.append("<tr>");
      row.forEach(c -> b.append("<td>").append(c).append("</td>"));
      b.append("</tr>");
    }
    return b.append("</tbody></table>").toString();
  }

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;");
  }
}
