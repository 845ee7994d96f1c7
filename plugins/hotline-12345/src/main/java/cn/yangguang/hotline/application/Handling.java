package cn.yangguang.hotline.application;

import cn.yangguang.api.plugin.PluginClocks;
import cn.yangguang.api.plugin.PluginClocks.ClockView;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.DispatchCatalogue;
import cn.yangguang.hotline.domain.Satisfaction;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.domain.TicketStatus;
import cn.yangguang.hotline.domain.TimeLimits;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcCityLink;
import cn.yangguang.hotline.infrastructure.JdbcTicketEvents;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The closed loop after intake: dispatch (派单) by the catalogue or by hand, sign-for (签收), return
 * (退单) and its review (改派 or 维持), extension requests, reply (答复), supervision (督办), merging
 * duplicates (合并), call-back (回访) and redo (重办). Each step checks who may take it, moves the
 * ticket, keeps the unit's clocks, writes the history and the audit trail, and reports a city
 * ticket's steps to the prefecture, all in the request's county transaction.
 */
public final class Handling {

  private final PluginContext context;
  private final TenantRef tenant;
  private final JdbcTickets tickets;
  private final JdbcCatalogue catalogue;
  private final JdbcCityLink city;

  /** The loop for one county. */
  public Handling(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.tickets = new JdbcTickets(context, tenant);
    this.catalogue = new JdbcCatalogue(context, tenant);
    this.city = new JdbcCityLink(context, tenant);
  }

  /** Who acts: her user name, the role she acts in, and her department (a unit officer's unit). */
  public record Actor(String username, String role, String department) {}

  /** The ticket with this number, or 404. */
  public Ticket ticket(String number) {
    return tickets
        .find(number)
        .orElseThrow(() -> new TicketException(404, null, "no ticket " + number));
  }

  /**
   * Dispatches (or re-dispatches) a ticket: to the units named, or else by the dispatch catalogue.
   */
  public Ticket dispatch(String number, String lead, List<String> co, Actor by) {
    Ticket t = ticket(number);
    Map<String, String> units = catalogue.units();
    String leadUnit = Intake.blankToNull(lead);
    List<String> coUnits = co == null ? List.of() : co.stream().filter(u -> !u.isBlank()).toList();
    if (leadUnit == null) {
      if (t.serviceCode() == null) {
        throw new TicketException("leadUnit", "the ticket has no service: name the lead unit");
      }
      DispatchCatalogue.Rule rule =
          DispatchCatalogue.route(catalogue.rules(), t.serviceCode(), t.address())
              .orElseThrow(
                  () ->
                      new TicketException(
                          "leadUnit",
                          "the dispatch catalogue has no rule for "
                              + t.serviceCode()
                              + ": name the lead unit"));
      leadUnit = rule.leadUnit();
      coUnits = co == null || co.isEmpty() ? rule.coUnits() : coUnits;
    }
    Set<String> all = new LinkedHashSet<>(coUnits);
    all.add(leadUnit);
    for (String u : all) {
      if (!units.containsKey(u)) {
        throw new TicketException("leadUnit", "no handling unit " + u + " in " + tenant.slug());
      }
    }
    Instant now = context.clock().now();
    Ticket next = t.dispatched(leadUnit, now);
    startUnits(next, leadUnit, coUnits, false, by, now);
    tickets.update(next);
    String note = "派单至 " + units.get(leadUnit) + (coUnits.isEmpty() ? "" : "，协办 " + coUnits);
    step(next, by, "DISPATCHED", leadUnit, note, true, "{\"lead\":" + Json.string(leadUnit) + "}");
    // for the supervision stream: which unit now answers for the matter (efficiency complaints)
    context
        .events()
        .publish(
            tenant,
            "ticket.dispatched",
            next.number(),
            "{\"number\":"
                + Json.string(next.number())
                + ",\"type\":\""
                + next.type()
                + "\",\"unitCode\":"
                + Json.string(leadUnit)
                + ",\"summary\":"
                + Json.string(context.privacy().maskText(next.summary()))
                + "}");
    return next;
  }

  /** The lead unit signs for the ticket: its sign-for clock stops, its handling clock starts. */
  public Ticket signFor(String number, Actor by) {
    Ticket t = ticket(number);
    t.require("sign-for", TicketStatus.DISPATCHED);
    Assignment a = leadOf(t, by);
    Instant now = context.clock().now();
    ClockView sign = context.clocks().complete(tenant, a.signClock(), by.username());
    TimeLimits.Limit limit = catalogue.limit(TimeLimits.Step.HANDLE, t.type(), t.urgency());
    ClockView handle =
        context
            .clocks()
            .start(
                tenant,
                t.id().toString(),
                "handle",
                unit(limit),
                limit.amount(),
                now,
                by.username());
    tickets.update(a.signed(now, sign.onTime().orElse(true), handle.id()));
    Ticket next = t.signed(now);
    tickets.update(next);
    step(next, by, "SIGNED", a.unit(), "承办单位已签收", true, "{}");
    if (t.fromCity()) {
      city.queue(t.cityRef(), "SIGN", "", 0, now);
    }
    return next;
  }

  /** The lead unit returns a ticket it should not have got, with the reason, before signing. */
  public Ticket giveBack(String number, String reason, Actor by) {
    Ticket t = ticket(number);
    t.require("return", TicketStatus.DISPATCHED);
    Assignment a = leadOf(t, by);
    String why = Intake.text(reason, "reason", 500, true);
    ClockView sign = context.clocks().find(tenant, a.signClock()).orElseThrow();
    if (sign.level() == PluginClocks.Level.OVERDUE) {
      throw TicketException.conflict(
          "the return window (the sign-for limit) has passed: sign for it and reply");
    }
    Instant now = context.clock().now();
    context.clocks().cancel(tenant, a.signClock(), "returned: " + why, by.username());
    tickets.update(a.returned(now, why));
    Ticket next = t.returned(now);
    tickets.update(next);
    step(next, by, "RETURNED", a.unit(), why, false, "{\"reason\":" + Json.string(why) + "}");
    return next;
  }

  /**
   * The dispatcher reviews a return (dispute review): accepted, the ticket goes to another unit
   * (改派), or back to the city for a city ticket with no unit named; refused, it goes back to the
   * same unit with the dispatcher's note (维持).
   */
  public Ticket reviewReturn(
      String number, boolean accept, String newLead, List<String> co, String note, Actor by) {
    Ticket t = ticket(number);
    t.require("review the return", TicketStatus.RETURNED);
    Assignment returned =
        tickets
            .activeLead(t.id())
            .orElseThrow(() -> TicketException.conflict("no return to review"));
    String why = Intake.text(note, "note", 500, accept ? false : true);
    Instant now = context.clock().now();
    tickets.update(returned.returnReviewed(accept));
    if (!accept) {
      Ticket back = t.returnRefused(now);
      startUnits(back, returned.unit(), List.of(), false, by, now);
      tickets.update(back);
      step(back, by, "RETURN_REFUSED", returned.unit(), why, false, "{\"accepted\":false}");
      return back;
    }
    endCoUnits(t, now, by);
    step(t, by, "RETURN_ACCEPTED", returned.unit(), why, false, "{\"accepted\":true}");
    if (Intake.blankToNull(newLead) == null && t.fromCity()) {
      String reason = why == null ? returned.returnReason() : why;
      Ticket back = t.returnedToCity(reason, now);
      tickets.update(back);
      city.queue(t.cityRef(), "RETURN", reason, 0, now);
      step(back, by, "RETURNED_TO_CITY", null, reason, true, "{}");
      return back;
    }
    if (Intake.blankToNull(newLead) == null) {
      throw new TicketException("leadUnit", "name the unit the ticket goes to (改派)");
    }
    return dispatch(number, newLead, co, by);
  }

  /** The lead unit asks for more time, before its handling limit runs out. */
  public Ticket askExtension(String number, int amount, String reason, Actor by) {
    Ticket t = ticket(number);
    t.require("ask for an extension", TicketStatus.SIGNED);
    Assignment a = leadOf(t, by);
    if (amount < 1 || amount > 30) {
      throw new TicketException("amount", "an extension is 1-30 units of the limit");
    }
    if ("REQUESTED".equals(a.extensionState())) {
      throw TicketException.conflict("an extension request is already waiting");
    }
    String why = Intake.text(reason, "reason", 500, true);
    tickets.update(a.extension(amount, why, "REQUESTED"));
    step(t, by, "EXTENSION_ASKED", a.unit(), why, false, "{\"amount\":" + amount + "}");
    return t;
  }

  /** The dispatcher approves or refuses a unit's extension request. */
  public Ticket decideExtension(String number, boolean approve, Actor by) {
    Ticket t = ticket(number);
    Assignment a =
        tickets
            .activeLead(t.id())
            .filter(x -> "REQUESTED".equals(x.extensionState()))
            .orElseThrow(() -> TicketException.conflict("no extension request is waiting"));
    Instant now = context.clock().now();
    if (approve) {
      context
          .clocks()
          .extend(tenant, a.handleClock(), a.extensionDays(), a.extensionReason(), by.username());
      if (t.fromCity()) {
        city.queue(t.cityRef(), "EXTENSION", a.extensionReason(), a.extensionDays(), now);
      }
    }
    tickets.update(
        a.extension(a.extensionDays(), a.extensionReason(), approve ? "APPROVED" : "REFUSED"));
    step(
        t,
        by,
        approve ? "EXTENSION_APPROVED" : "EXTENSION_REFUSED",
        a.unit(),
        null,
        false,
        "{\"approved\":" + approve + "}");
    return t;
  }

  /** The lead unit replies: its handling clock stops; the ticket waits for the call-back. */
  public Ticket reply(String number, String text, Actor by) {
    Ticket t = ticket(number);
    t.require("reply", TicketStatus.SIGNED);
    Assignment a = leadOf(t, by);
    String reply = Intake.text(text, "reply", 4000, true);
    Instant now = context.clock().now();
    ClockView handle = context.clocks().complete(tenant, a.handleClock(), by.username());
    tickets.update(a.replied(now, handle.onTime().orElse(true), reply));
    Ticket next = t.replied(reply, now);
    tickets.update(next);
    step(next, by, "REPLIED", a.unit(), reply, true, "{}");
    if (t.fromCity()) {
      city.queue(t.cityRef(), "REPLY", reply, 0, now);
    }
    return next;
  }

  /** A supervision notice (督办) on an open ticket, pressing its unit. */
  public Ticket supervise(String number, String note, Actor by) {
    Ticket t = ticket(number);
    if (t.closed()) {
      throw TicketException.conflict("ticket " + number + " is closed");
    }
    String text = Intake.text(note, "note", 500, true);
    step(t, by, "SUPERVISED", t.leadUnit(), text, false, "{\"note\":" + Json.string(text) + "}");
    return t;
  }

  /** Merges a duplicate into another open ticket (合并): the duplicate closes, pointing at it. */
  public Ticket merge(String number, String into, Actor by) {
    Ticket t = ticket(number);
    Ticket target = ticket(Intake.text(into, "into", 24, true));
    if (target.closed()) {
      throw TicketException.conflict(
          "ticket " + target.number() + " is closed: merge into an open one");
    }
    Instant now = context.clock().now();
    Ticket merged = t.mergedInto(target.number(), now);
    for (Assignment a : tickets.assignments(t.id())) {
      if (a.active()) {
        cancelClocks(a, "merged into " + target.number(), by);
        tickets.update(a.ended());
      }
    }
    tickets.update(merged);
    step(
        merged,
        by,
        "MERGED",
        null,
        "并入工单 " + target.number(),
        true,
        "{\"into\":" + Json.string(target.number()) + "}");
    step(target, by, "MERGED_FROM", null, "合并重复工单 " + t.number(), false, "{}");
    return merged;
  }

  /**
   * The call-back (回访): satisfied or basically satisfied closes the ticket (办结); dissatisfied sends
   * it to the same lead unit again (重办) with new clocks.
   */
  public Ticket callBack(String number, Satisfaction verdict, String note, Actor by) {
    Ticket t = ticket(number);
    return judge(t, verdict, Intake.text(note, "note", 500, false), by);
  }

  /** Applies a verdict (the county's call-back, or the city's for its tickets). */
  Ticket judge(Ticket t, Satisfaction verdict, String note, Actor by) {
    t.require("call-back", TicketStatus.REPLIED);
    Instant now = context.clock().now();
    for (Assignment a : tickets.assignments(t.id())) {
      if (a.active()) {
        tickets.update(a.judged(verdict));
      }
    }
    Ticket next = t.calledBack(verdict, now);
    tickets.update(next);
    String label = verdict.label(true) + (note == null ? "" : "：" + note);
    step(next, by, "CALLED_BACK", null, label, true, "{\"satisfaction\":\"" + verdict + "\"}");
    if (next.status() == TicketStatus.DISPATCHED) {
      startUnits(next, next.leadUnit(), List.of(), true, by, now);
      step(next, by, "REDO", next.leadUnit(), "不满意，重办", true, "{}");
    }
    return next;
  }

  private void startUnits(
      Ticket t, String lead, List<String> co, boolean redo, Actor by, Instant now) {
    TimeLimits.Limit limit = catalogue.limit(TimeLimits.Step.SIGN, t.type(), t.urgency());
    ClockView sign =
        context
            .clocks()
            .start(
                tenant,
                t.id().toString(),
                "sign-for",
                unit(limit),
                limit.amount(),
                now,
                by.username());
    tickets.insert(Assignment.dispatch(t.id(), lead, true, redo, now, sign.id()));
    for (String u : co) {
      tickets.insert(Assignment.dispatch(t.id(), u, false, redo, now, null));
    }
  }

  private void endCoUnits(Ticket t, Instant now, Actor by) {
    for (Assignment a : tickets.assignments(t.id())) {
      if (a.active() && !a.lead()) {
        tickets.update(a.ended());
      }
    }
  }

  private void cancelClocks(Assignment a, String reason, Actor by) {
    for (var id : new java.util.UUID[] {a.signClock(), a.handleClock()}) {
      if (id != null) {
        context
            .clocks()
            .find(tenant, id)
            .filter(c -> c.status().equals("RUNNING") || c.status().equals("PAUSED"))
            .ifPresent(c -> context.clocks().cancel(tenant, id, reason, by.username()));
      }
    }
  }

  /** The active lead dispatch, which only an officer of that unit (or an admin) may act on. */
  private Assignment leadOf(Ticket t, Actor by) {
    Assignment a =
        tickets
            .activeLead(t.id())
            .orElseThrow(
                () -> TicketException.conflict("ticket " + t.number() + " has no lead unit"));
    if (!"admin".equals(by.role()) && !a.unit().equals(by.department())) {
      throw new TicketException(
          403,
          null,
          "ticket " + t.number() + " is for unit " + a.unit() + ", not " + by.department());
    }
    return a;
  }

  private void step(
      Ticket t, Actor by, String action, String unit, String note, boolean pub, String audit) {
    tickets.event(t.id(), context.clock().now(), by.username(), action, unit, note, pub);
    context
        .audit()
        .record(
            tenant,
            by.username(),
            by.role(),
            t.number(),
            action.toLowerCase().replace('_', '-'),
            audit);
  }

  static PluginClocks.Unit unit(TimeLimits.Limit limit) {
    return PluginClocks.Unit.valueOf(limit.unit().name());
  }

  /** The history of a ticket. */
  public List<JdbcTicketEvents.Event> history(Ticket t) {
    return new ArrayList<>(tickets.events(t.id()));
  }

  /** The dispatches of a ticket. */
  public List<Assignment> assignments(Ticket t) {
    return tickets.assignments(t.id());
  }
}
