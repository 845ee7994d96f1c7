package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginClocks.ClockView;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.application.Handling;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.DispatchCatalogue;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.infrastructure.JdbcTicketEvents;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON bodies of the staff API and the views it answers with. Views mask the caller's phone;
 * staff see the rest of the ticket.
 */
final class TicketViews {

  private final PluginContext context;
  private final TenantRef tenant;
  private final boolean zh;

  TicketViews(PluginContext context, TenantRef tenant, Locale locale) {
    this.context = context;
    this.tenant = tenant;
    this.zh = !"en".equals(locale.getLanguage());
  }

  /**
   * A call typed in by the call-taker.
   *
   * @param type 咨询/求助/投诉/举报/建议 as CONSULT, HELP, COMPLAINT, REPORT, SUGGESTION
   * @param urgency NORMAL, URGENT or EMERGENCY
   * @param serviceCode the catalogue's service, or null
   * @param summary one line, or null
   * @param description what the caller said
   * @param callerName or null
   * @param callerPhone or null
   * @param address or null
   * @param lat latitude, or null
   * @param lon longitude, or null
   * @param coordinateSystem WGS84 (default) or GCJ02
   * @param disposition to close it at once: DIRECT_ANSWER, TRANSFERRED, LEGAL_ROUTE or DECLINED
   * @param toCaller what the caller was told, with a disposition
   */
  public record NewTicketBody(
      String type,
      String urgency,
      String serviceCode,
      String summary,
      String description,
      String callerName,
      String callerPhone,
      String address,
      Double lat,
      Double lon,
      String coordinateSystem,
      String disposition,
      String toCaller) {
    static final NewTicketBody EMPTY =
        new NewTicketBody(
            null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  /** The fields of a step; each step reads the ones it needs. */
  public record ActionBody(
      String leadUnit,
      List<String> coUnits,
      String reason,
      Boolean accept,
      Integer amount,
      Boolean approve,
      String text,
      String note,
      String into,
      String satisfaction) {
    static final ActionBody EMPTY =
        new ActionBody(null, null, null, null, null, null, null, null, null, null);
  }

  /** A rule of the dispatch catalogue. */
  public record RuleBody(String serviceCode, String place, String leadUnit, List<String> coUnits) {}

  /** A time limit. */
  public record LimitBody(String step, String type, String urgency, Integer amount, String unit) {}

  /** The county's link to the city platform (the key is never answered back). */
  public record CityLinkBody(String endpoint, String apiKey, String countyCode) {}

  /** A text message from the SMS gateway. */
  public record SmsBody(String from, String text) {}

  /** The dispatch catalogue. */
  public record Catalogue(
      List<DispatchCatalogue.Service> services,
      List<DispatchCatalogue.Rule> rules,
      Map<String, String> units) {}

  /** A ticket just taken in, with the triage's advice. */
  public record ReceivedView(
      String number,
      String queryCode,
      String status,
      String resolution,
      String assessment,
      String target,
      String advice) {}

  /** A ticket in a list. */
  public record TicketSummary(
      String number,
      String channel,
      String type,
      String urgency,
      String serviceCode,
      String summary,
      String status,
      String leadUnit,
      int redoCount,
      Instant createdAt,
      Instant updatedAt) {}

  /** A unit's dispatch with its clocks. */
  public record AssignmentView(
      String unit,
      boolean lead,
      boolean redo,
      boolean active,
      Instant dispatchedAt,
      ClockState signClock,
      Instant signedAt,
      Boolean signedOnTime,
      ClockState handleClock,
      Instant returnedAt,
      String returnReason,
      String returnOutcome,
      Integer extensionAmount,
      String extensionState,
      Instant repliedAt,
      Boolean repliedOnTime,
      String satisfaction) {}

  /** A clock's state: its warning level and deadline. */
  public record ClockState(
      UUID id, String status, String level, Instant dueAt, boolean provisional) {}

  /** A step of the history. */
  public record EventView(Instant at, String actor, String action, String unit, String note) {}

  /** A ticket in full. */
  public record TicketDetail(
      String number,
      String queryCode,
      String channel,
      String cityRef,
      String type,
      String urgency,
      String serviceCode,
      String summary,
      String description,
      String callerName,
      String callerPhone,
      String address,
      Double lat,
      Double lon,
      String status,
      String resolution,
      String answer,
      String leadUnit,
      String mergedInto,
      int redoCount,
      String satisfaction,
      Instant createdAt,
      Instant updatedAt,
      Instant closedAt,
      List<AssignmentView> assignments,
      List<EventView> history) {}

  ReceivedView received(Intake.Received r) {
    Ticket t = r.ticket();
    return new ReceivedView(
        t.number(),
        t.queryCode(),
        t.status().name(),
        t.resolution() == null ? null : t.resolution().name(),
        r.assessment().kind().name(),
        r.assessment().target(),
        r.assessment().advice(zh));
  }

  TicketSummary summary(Ticket t) {
    return new TicketSummary(
        t.number(),
        t.channel().name(),
        t.type().name(),
        t.urgency().name(),
        t.serviceCode(),
        t.summary(),
        t.status().name(),
        t.leadUnit(),
        t.redoCount(),
        t.createdAt(),
        t.updatedAt());
  }

  TicketDetail detail(Ticket t, Handling h) {
    List<AssignmentView> dispatches = h.assignments(t).stream().map(this::assignment).toList();
    List<EventView> history =
        h.history(t).stream()
            .map(
                (JdbcTicketEvents.Event e) ->
                    new EventView(
                        e.at(),
                        e.actor(),
                        e.action(),
                        e.unit(),
                        context.privacy().maskText(e.note())))
            .toList();
    return new TicketDetail(
        t.number(),
        t.queryCode(),
        t.channel().name(),
        t.cityRef(),
        t.type().name(),
        t.urgency().name(),
        t.serviceCode(),
        t.summary(),
        context.privacy().maskText(t.description()),
        t.callerName(),
        context.privacy().maskPhone(t.callerPhone()),
        t.address(),
        t.lat(),
        t.lon(),
        t.status().name(),
        t.resolution() == null ? null : t.resolution().name(),
        t.answer(),
        t.leadUnit(),
        t.mergedInto(),
        t.redoCount(),
        t.satisfaction() == null ? null : t.satisfaction().name(),
        t.createdAt(),
        t.updatedAt(),
        t.closedAt(),
        dispatches,
        history);
  }

  private AssignmentView assignment(Assignment a) {
    return new AssignmentView(
        a.unit(),
        a.lead(),
        a.redo(),
        a.active(),
        a.dispatchedAt(),
        clock(a.signClock()),
        a.signedAt(),
        a.signedOnTime(),
        clock(a.handleClock()),
        a.returnedAt(),
        a.returnReason(),
        a.returnOutcome(),
        a.extensionDays(),
        a.extensionState(),
        a.repliedAt(),
        a.repliedOnTime(),
        a.satisfaction() == null ? null : a.satisfaction().name());
  }

  ClockState clock(UUID id) {
    if (id == null) {
      return null;
    }
    return context
        .clocks()
        .find(tenant, id)
        .map(
            (ClockView c) ->
                new ClockState(c.id(), c.status(), c.level().name(), c.dueAt(), c.provisional()))
        .orElse(null);
  }
}
