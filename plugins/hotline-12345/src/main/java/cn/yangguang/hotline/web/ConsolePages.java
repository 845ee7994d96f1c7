package cn.yangguang.hotline.web;

import static cn.yangguang.hotline.web.Html.esc;

import cn.yangguang.hotline.domain.DispatchCatalogue.Service;
import cn.yangguang.hotline.domain.KnowledgeBase;
import cn.yangguang.hotline.domain.Resolution;
import cn.yangguang.hotline.domain.Satisfaction;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.Urgency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The console's hotline pages: the queues of each role (call-taker, dispatcher, unit officer), a
 * ticket with the steps the caller's roles allow, and the call-taker's intake form. Phones are
 * masked before they get here.
 */
final class ConsolePages {

  private final Html h;
  private final String base;
  private final String token;

  ConsolePages(Html h, String base, String token) {
    this.h = h;
    this.base = base;
    this.token = token;
  }

  /** A queue of tickets with their warning levels. */
  String queue(
      String titleKey, List<TicketViews.TicketSummary> tickets, Map<String, String> levels) {
    List<List<String>> rows = new ArrayList<>();
    for (TicketViews.TicketSummary t : tickets) {
      rows.add(
          List.of(
              "<a href=\""
                  + esc(base + "console/tickets/" + t.number())
                  + "\">"
                  + esc(t.number())
                  + "</a>",
              esc(TicketType.valueOf(t.type()).label(h.chinese())),
              esc(t.summary()),
              esc(h.t("status." + t.status())),
              esc(t.leadUnit() == null ? "" : t.leadUnit()),
              level(levels.get(t.number()))));
    }
    return "<section>"
        + h.table(
            h.t(titleKey),
            List.of(
                h.t("col.number"),
                h.t("col.type"),
                h.t("col.summary"),
                h.t("col.status"),
                h.t("col.unit"),
                h.t("col.level")),
            rows)
        + "</section>";
  }

  /** A warning level as a labelled badge (words, not colour alone). */
  String level(String level) {
    if (level == null) {
      return "";
    }
    return "<span class=\"level level-"
        + esc(level.toLowerCase())
        + "\">"
        + esc(h.t("level." + level))
        + "</span>";
  }

  /** The knowledge search for answering at once, with its results. */
  String knowledge(String question, List<KnowledgeBase.Entry> answers) {
    StringBuilder b =
        new StringBuilder(
            "<section aria-labelledby=\"kb-h\"><h2 id=\"kb-h\">"
                + esc(h.t("console.knowledge"))
                + "</h2><form method=\"get\" action=\""
                + esc(base + "console")
                + "\">"
                + h.input("q", "field.question", question, true, "search")
                + "<p><button type=\"submit\">"
                + esc(h.t("lookup"))
                + "</button></p></form>");
    if (question != null && !question.isBlank()) {
      b.append("<ul id=\"answers\">");
      if (answers.isEmpty()) {
        b.append("<li>").append(esc(h.t("none"))).append("</li>");
      }
      for (KnowledgeBase.Entry e : answers) {
        b.append("<li><strong>")
            .append(esc(e.title()))
            .append("</strong>：")
            .append(esc(e.answer()));
        if (e.link() != null) {
          b.append(" <a href=\"")
              .append(esc(e.link()))
              .append("\">")
              .append(esc(e.link()))
              .append("</a>");
        }
        b.append("</li>");
      }
      b.append("</ul>");
    }
    return b.append("</section>").toString();
  }

  /** The call-taker's form. */
  String intake(List<Service> services, List<String> errors) {
    Map<String, String> types = new LinkedHashMap<>();
    for (TicketType t : TicketType.values()) {
      types.put(t.name(), t.label(h.chinese()));
    }
    Map<String, String> urgencies = new LinkedHashMap<>();
    for (Urgency u : Urgency.values()) {
      urgencies.put(u.name(), u.label(h.chinese()));
    }
    Map<String, String> svc = new LinkedHashMap<>();
    svc.put("", h.t("field.service.none"));
    services.forEach(s -> svc.put(s.code(), s.name()));
    Map<String, String> dispositions = new LinkedHashMap<>();
    dispositions.put("", h.t("disposition.none"));
    for (Resolution r :
        List.of(
            Resolution.DIRECT_ANSWER,
            Resolution.TRANSFERRED,
            Resolution.LEGAL_ROUTE,
            Resolution.DECLINED)) {
      dispositions.put(r.name(), h.t("disposition." + r.name()));
    }
    String fields =
        h.select("type", "field.type", types, "HELP")
            + h.select("urgency", "field.urgency", urgencies, "NORMAL")
            + h.select("serviceCode", "field.service", svc, "")
            + h.input("summary", "field.summary", null, false, "text")
            + h.area("description", "field.description", null, true)
            + h.input("callerName", "field.name", null, false, "text")
            + h.input("callerPhone", "field.phone", null, false, "tel")
            + h.input("address", "field.address", null, false, "text")
            + h.select("disposition", "field.disposition", dispositions, "")
            + h.area("toCaller", "field.toCaller", null, false);
    return "<section aria-labelledby=\"intake-h\"><h2 id=\"intake-h\">"
        + esc(h.t("console.intake"))
        + "</h2>"
        + h.errors(errors)
        + h.form(base + "console/tickets", token, h.t("submit"), fields)
        + "</section>";
  }

  /** The forms of the steps the caller may take on a ticket in its status. */
  String actions(
      TicketViews.TicketDetail t, Set<String> roles, String department, Map<String, String> units) {
    boolean admin = roles.contains(HotlineRoles.ADMIN);
    boolean dispatcher = admin || roles.contains(HotlineRoles.DISPATCHER);
    boolean taker = admin || roles.contains(HotlineRoles.TAKER);
    boolean lead =
        admin
            || (roles.contains(HotlineRoles.UNIT)
                && t.assignments().stream()
                    .anyMatch(a -> a.active() && a.lead() && a.unit().equals(department)));
    String status = t.status();
    StringBuilder b = new StringBuilder();
    Map<String, String> unitChoices = new LinkedHashMap<>();
    unitChoices.put("", "—");
    unitChoices.putAll(units);
    if (dispatcher && status.equals("RECEIVED")) {
      b.append(
          action(
              t,
              "dispatch",
              h.select("leadUnit", "field.leadUnit", unitChoices, "")
                  + h.input("coUnits", "field.coUnits", null, false, "text")));
    }
    if (dispatcher && status.equals("RETURNED")) {
      b.append(
          action(
              t,
              "return-review",
              h.select("accept", "field.accept", Map.of("true", "✓", "false", "✗"), "true")
                  + h.select("leadUnit", "field.leadUnit", unitChoices, "")
                  + h.input("note", "field.note", null, false, "text")));
    }
    boolean extensionAsked =
        t.assignments().stream()
            .anyMatch(a -> a.active() && "REQUESTED".equals(a.extensionState()));
    if (dispatcher && extensionAsked) {
      b.append(
          action(
              t,
              "extension-decision",
              h.select("approve", "field.approve", Map.of("true", "✓", "false", "✗"), "true")));
    }
    if (lead && status.equals("DISPATCHED")) {
      b.append(action(t, "sign", ""));
      b.append(action(t, "return", h.area("reason", "field.reason", null, true)));
    }
    if (lead && status.equals("SIGNED")) {
      b.append(action(t, "reply", h.area("text", "field.text", null, true)));
      b.append(
          action(
              t,
              "extension",
              h.input("amount", "field.amount", "3", true, "number")
                  + h.input("reason", "field.reason", null, true, "text")));
    }
    if (taker && status.equals("REPLIED") && t.cityRef() == null) {
      Map<String, String> verdicts = new LinkedHashMap<>();
      for (Satisfaction s : Satisfaction.values()) {
        verdicts.put(s.name(), s.label(h.chinese()));
      }
      b.append(
          action(
              t,
              "call-back",
              h.select("satisfaction", "field.satisfaction", verdicts, "SATISFIED")
                  + h.input("note", "field.note", null, false, "text")));
    }
    if ((dispatcher || roles.contains("supervisor")) && !status.equals("CLOSED")) {
      b.append(action(t, "supervise", h.input("note", "field.note", null, true, "text")));
    }
    if (dispatcher && List.of("RECEIVED", "DISPATCHED", "RETURNED").contains(status)) {
      b.append(action(t, "merge", h.input("into", "field.into", null, true, "text")));
    }
    return b.toString();
  }

  private String action(TicketViews.TicketDetail t, String action, String fields) {
    return "<section aria-labelledby=\"a-"
        + action
        + "\"><h3 id=\"a-"
        + action
        + "\">"
        + esc(h.t("action." + action))
        + "</h3>"
        + h.form(
                base + "console/tickets/" + t.number() + "/" + action,
                token,
                h.t("action." + action),
                fields)
            .replace("id=\"f-", "id=\"" + action + "-f-")
            .replace("for=\"f-", "for=\"" + action + "-f-")
        + "</section>";
  }
}
