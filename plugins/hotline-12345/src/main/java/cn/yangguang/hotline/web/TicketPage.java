package cn.yangguang.hotline.web;

import static cn.yangguang.hotline.web.Html.esc;

import cn.yangguang.hotline.domain.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A ticket in the console: what the caller said (phone masked), its dispatches, its history. */
final class TicketPage {

  private final Html h;

  TicketPage(Html h) {
    this.h = h;
  }

  String render(
      TicketViews.TicketDetail t, String actions, List<String> errors, String consoleUrl) {
    String facts =
        "<dl>"
            + fact("col.status", h.t("status." + t.status()))
            + fact("col.type", TicketType.valueOf(t.type()).label(h.chinese()))
            + fact("field.summary", t.summary())
            + fact("field.description", t.description())
            + fact("field.name", t.callerName())
            + fact("field.phone", t.callerPhone())
            + fact("field.address", t.address())
            + fact("col.unit", t.leadUnit())
            + fact("lookup.reply", t.answer())
            + (t.mergedInto() == null ? "" : fact("field.into", t.mergedInto()))
            + "</dl>";
    List<List<String>> dispatches = new ArrayList<>();
    for (TicketViews.AssignmentView a : t.assignments()) {
      TicketViews.ClockState clock = a.handleClock() != null ? a.handleClock() : a.signClock();
      dispatches.add(
          List.of(
              esc(a.unit()) + (a.lead() ? "" : esc(h.t("col.co"))),
              esc(time(a.dispatchedAt())),
              esc(time(a.signedAt())),
              esc(a.returnReason() == null ? "" : a.returnReason()),
              clock == null ? "" : new ConsolePages(h, "", null).level(clock.level()),
              esc(clock == null ? "" : time(clock.dueAt()))));
    }
    List<List<String>> history = new ArrayList<>();
    for (TicketViews.EventView e : t.history()) {
      history.add(
          List.of(
              esc(time(e.at())),
              esc(e.actor()),
              esc(e.action()),
              esc(e.unit() == null ? "" : e.unit()),
              esc(e.note() == null ? "" : e.note())));
    }
    return h.page(
        h.t("console.ticket") + " " + t.number(),
        "<p><a href=\""
            + esc(consoleUrl)
            + "\">"
            + esc(h.t("console.title"))
            + "</a></p>"
            + h.errors(errors)
            + facts
            + h.table(
                h.t("console.dispatches"),
                List.of(
                    h.t("col.unit"),
                    h.t("col.dispatched"),
                    h.t("col.signed"),
                    h.t("field.reason"),
                    h.t("col.level"),
                    h.t("col.due")),
                dispatches)
            + h.table(
                h.t("console.history"),
                List.of(
                    h.t("col.at"),
                    h.t("col.actor"),
                    h.t("col.action"),
                    h.t("col.unit"),
                    h.t("field.note")),
                history)
            + (actions.isEmpty()
                ? ""
                : "<section aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">"
                    + esc(h.t("console.actions"))
                    + "</h2>"
                    + actions
                    + "</section>"));
  }

  private String fact(String key, String value) {
    return value == null || value.isEmpty()
        ? ""
        : "<dt>" + esc(h.t(key)) + "</dt><dd>" + esc(value) + "</dd>";
  }

  static String time(Instant i) {
    return i == null ? "" : Open311Views.datetime(i).substring(0, 16).replace('T', ' ');
  }
}
