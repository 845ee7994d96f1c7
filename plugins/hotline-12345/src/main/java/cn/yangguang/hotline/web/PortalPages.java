package cn.yangguang.hotline.web;

import static cn.yangguang.hotline.web.Html.esc;

import cn.yangguang.hotline.domain.DispatchCatalogue.Service;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.Triage;
import cn.yangguang.hotline.infrastructure.JdbcTicketEvents;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The portal's hotline pages: the web form and the county head's mailbox (the same form, another
 * channel), the receipt with the ticket's number and query code, and the progress a caller looks up
 * with both. A caller sees the public notes of the history, never the staff's internal ones.
 */
final class PortalPages {

  private final Html h;
  private final String base;

  PortalPages(Html h, String base) {
    this.h = h;
    this.base = base;
  }

  /** The form (web or mailbox) with the lookup form beside it. */
  String index(
      boolean mailbox, List<Service> services, Map<String, String> values, List<String> errors) {
    Map<String, String> types = new LinkedHashMap<>();
    for (TicketType t : TicketType.values()) {
      types.put(t.name(), t.label(h.chinese()));
    }
    Map<String, String> svc = new LinkedHashMap<>();
    svc.put("", h.t("field.service.none"));
    services.forEach(s -> svc.put(s.code(), s.name()));
    String fields =
        "<input type=\"hidden\" name=\"channel\" value=\""
            + (mailbox ? "MAILBOX" : "WEB")
            + "\">"
            + h.select("type", "field.type", types, values.getOrDefault("type", "HELP"))
            + h.select("serviceCode", "field.service", svc, values.getOrDefault("serviceCode", ""))
            + h.input("summary", "field.summary", values.get("summary"), false, "text")
            + h.area("description", "field.description", values.get("description"), true)
            + h.input("name", "field.name", values.get("name"), false, "text")
            + h.input("phone", "field.phone", values.get("phone"), true, "tel")
            + h.input("address", "field.address", values.get("address"), false, "text")
            // a field people do not see and robots fill in
            + "<p class=\"visually-hidden\" aria-hidden=\"true\"><label for=\"f-website\">"
            + esc(h.t("field.website"))
            + "</label><input id=\"f-website\" name=\"website\" type=\"text\" tabindex=\"-1\""
            + " autocomplete=\"off\" style=\"position:absolute;left:-9999px\"></p>";
    String other =
        mailbox
            ? "<p><a href=\"" + esc(base) + "\">" + esc(h.t("title")) + "</a></p>"
            : "<p><a href=\""
                + esc(base + "mailbox")
                + "\">"
                + esc(h.t("portal.mailbox"))
                + "</a></p>";
    return h.page(
        mailbox ? h.t("portal.mailbox") : h.t("title"),
        "<p>"
            + esc(h.t(mailbox ? "portal.mailbox.intro" : "portal.intro"))
            + "</p>"
            + other
            + "<section aria-labelledby=\"form-h\"><h2 id=\"form-h\">"
            + esc(h.t("portal.form"))
            + "</h2>"
            + h.errors(errors)
            + h.form(base + "submit", null, h.t("submit"), fields)
            + "</section>"
            + lookupForm());
  }

  private String lookupForm() {
    return "<section aria-labelledby=\"lookup-h\"><h2 id=\"lookup-h\">"
        + esc(h.t("portal.lookup"))
        + "</h2><form method=\"get\" action=\""
        + esc(base + "lookup")
        + "\">"
        + h.input("number", "field.number", null, true, "text")
        + h.input("code", "field.code", null, true, "text")
        + "<p><button type=\"submit\">"
        + esc(h.t("lookup"))
        + "</button></p></form></section>";
  }

  /** The receipt. */
  String received(Ticket t, Triage.Assessment assessment) {
    String advice =
        assessment.kind() == Triage.Kind.ORDINARY
            ? ""
            : "<p role=\"alert\"><strong>" + esc(assessment.advice(h.chinese())) + "</strong></p>";
    return h.page(
        h.t("received.title"),
        advice
            + "<dl><dt>"
            + esc(h.t("received.number"))
            + "</dt><dd id=\"number\">"
            + esc(t.number())
            + "</dd><dt>"
            + esc(h.t("received.code"))
            + "</dt><dd id=\"code\">"
            + esc(t.queryCode())
            + "</dd></dl>"
            + lookupForm());
  }

  /** A ticket's progress as its caller sees it. */
  String progress(
      Ticket t,
      List<JdbcTicketEvents.Event> events,
      java.util.function.UnaryOperator<String> mask) {
    StringBuilder history = new StringBuilder("<ol>");
    for (JdbcTicketEvents.Event e : events) {
      if (e.pub()) {
        history
            .append("<li><time datetime=\"")
            .append(esc(Open311Views.datetime(e.at())))
            .append("\">")
            .append(esc(Open311Views.datetime(e.at()).substring(0, 16).replace('T', ' ')))
            .append("</time> ")
            .append(esc(mask.apply(e.note())))
            .append("</li>");
      }
    }
    history.append("</ol>");
    return h.page(
        h.t("portal.lookup") + " · " + t.number(),
        "<dl><dt>"
            + esc(h.t("lookup.status"))
            + "</dt><dd id=\"status\">"
            + esc(h.t("status." + t.status()))
            + "</dd><dt>"
            + esc(h.t("field.summary"))
            + "</dt><dd>"
            + esc(mask.apply(t.summary()))
            + "</dd>"
            + (t.answer() == null
                ? ""
                : "<dt>"
                    + esc(h.t("lookup.reply"))
                    + "</dt><dd>"
                    + esc(mask.apply(t.answer()))
                    + "</dd>")
            + "</dl><h2>"
            + esc(h.t("lookup.history"))
            + "</h2>"
            + history
            + lookupForm());
  }

  /** No such ticket, or a wrong code: one answer for both, so numbers cannot be probed. */
  String notFound() {
    return h.page(
        h.t("portal.lookup"),
        "<p role=\"alert\">" + esc(h.t("lookup.notfound")) + "</p>" + lookupForm());
  }
}
