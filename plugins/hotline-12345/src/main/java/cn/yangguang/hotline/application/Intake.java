package cn.yangguang.hotline.application;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.Coordinates;
import cn.yangguang.hotline.domain.Resolution;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.domain.TicketStatus;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.Triage;
import cn.yangguang.hotline.domain.Urgency;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.regex.Pattern;

/**
 * Takes tickets in from every channel: the call-taker's form, the SMS webhook, the portal's web
 * form and mailbox, Open311 clients and the city's dispatches. Checks the input field by field,
 * numbers the ticket, records it, and closes it at once when the call-taker answered, transferred,
 * gave the legal route or declined it.
 */
public final class Intake {

  /** The web form's abuse limit: tickets per phone number per day. */
  static final int WEB_LIMIT_PER_DAY = 5;

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Pattern PHONE = Pattern.compile("[0-9+\\-]{5,20}");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final PluginContext context;
  private final TenantRef tenant;
  private final JdbcTickets tickets;
  private final JdbcCatalogue catalogue;

  /** Intake for one county. */
  public Intake(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
    this.tickets = new JdbcTickets(context, tenant);
    this.catalogue = new JdbcCatalogue(context, tenant);
  }

  /**
   * What a caller brings.
   *
   * @param channel where it came from
   * @param type the type code, or null to take the service's
   * @param urgency the urgency code, or null for NORMAL
   * @param serviceCode the service, or null
   * @param summary one line, or null to take the description's start
   * @param description what the caller said (required)
   * @param callerName or null
   * @param callerPhone or null
   * @param accountId an Open311 account id, or null
   * @param address or null
   * @param point WGS84 coordinates, or null
   * @param mediaUrl or null
   * @param cityRef the city's id for a city ticket, or null
   */
  public record NewTicket(
      Channel channel,
      String type,
      String urgency,
      String serviceCode,
      String summary,
      String description,
      String callerName,
      String callerPhone,
      String accountId,
      String address,
      Coordinates point,
      String mediaUrl,
      String cityRef) {}

  /**
   * How the call-taker disposed of a call at once, or null to dispatch it.
   *
   * @param resolution DIRECT_ANSWER, TRANSFERRED, LEGAL_ROUTE or DECLINED
   * @param toCaller what the caller was told (the answer, the number, the route, the reason)
   */
  public record Disposition(Resolution resolution, String toCaller) {}

  /** The ticket taken in, with the triage's assessment. */
  public record Received(Ticket ticket, Triage.Assessment assessment) {}

  /** Takes one ticket in; {@code actor} is the call-taker or {@code system:<channel>}. */
  public Received take(NewTicket in, Disposition disposition, String actor) {
    String description = text(in.description(), "description", 4000, true);
    String summary = in.summary() == null || in.summary().isBlank() ? null : in.summary().trim();
    if (summary == null) {
      summary = description.length() > 40 ? description.substring(0, 40) + "…" : description;
    }
    summary = text(summary, "summary", 200, true);
    String serviceCode = blankToNull(in.serviceCode());
    TicketType type;
    if (serviceCode != null) {
      var service =
          catalogue
              .service(serviceCode)
              .orElseThrow(
                  () -> new TicketException("service_code", "no service " + serviceCode + " here"));
      type =
          in.type() == null || in.type().isBlank() ? service.type() : TicketType.parse(in.type());
    } else {
      type = TicketType.parse(in.type() == null ? "" : in.type());
    }
    Urgency urgency =
        in.urgency() == null || in.urgency().isBlank()
            ? Urgency.NORMAL
            : Urgency.parse(in.urgency());
    String phone = blankToNull(in.callerPhone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      throw new TicketException("phone", "a phone number is 5-20 digits");
    }
    Instant now = context.clock().now();
    if (phone != null && (in.channel() == Channel.WEB || in.channel() == Channel.MAILBOX)) {
      if (tickets.countByPhoneSince(phone, now.minus(Duration.ofDays(1))) >= WEB_LIMIT_PER_DAY) {
        throw new TicketException(
            429,
            "phone",
            "this number has submitted "
                + WEB_LIMIT_PER_DAY
                + " messages today; call 12345 or try again tomorrow");
      }
    }
    String told = disposition == null ? null : checkDisposition(disposition);
    Triage.Assessment assessment = Triage.assess(summary + " " + description);
    Ticket t =
        new Ticket(
            java.util.UUID.randomUUID(),
            tickets.nextNumber(now.atZone(ZONE).toLocalDate()),
            String.format("%06d", RANDOM.nextInt(1_000_000)),
            in.channel(),
            in.cityRef(),
            type,
            urgency,
            serviceCode,
            summary,
            description,
            text(in.callerName(), "name", 60, false),
            phone,
            text(in.accountId(), "account_id", 60, false),
            text(in.address(), "address", 200, false),
            in.point() == null ? null : in.point().lat(),
            in.point() == null ? null : in.point().lon(),
            text(in.mediaUrl(), "media_url", 500, false),
            TicketStatus.RECEIVED,
            null,
            null,
            null,
            null,
            0,
            null,
            now,
            now,
            null);
    tickets.insert(t);
    tickets.event(t.id(), now, actor, "RECEIVED", null, "受理（" + in.channel() + "）", true);
    if (disposition != null) {
      t = t.closedAtIntake(disposition.resolution(), told, now);
      tickets.update(t);
      tickets.event(t.id(), now, actor, disposition.resolution().name(), null, told, true);
    }
    context
        .events()
        .publish(
            tenant,
            "ticket.opened",
            t.number(),
            "{\"number\":\""
                + t.number()
                + "\",\"type\":\""
                + t.type()
                + "\",\"unitCode\":null,\"summary\":\""
                + Json.escape(context.privacy().maskText(t.summary()))
                + "\"}");
    context
        .audit()
        .record(
            tenant,
            actor,
            null,
            t.number(),
            "ticket-received",
            "{\"channel\":\"" + t.channel() + "\",\"type\":\"" + t.type() + "\"}");
    return new Received(t, assessment);
  }

  /** Checks a disposition before anything is written; returns what the caller was told. */
  private static String checkDisposition(Disposition d) {
    if (d.resolution() == Resolution.HANDLED
        || d.resolution() == Resolution.MERGED
        || d.resolution() == Resolution.RETURNED_TO_CITY) {
      throw new TicketException(
          "disposition", "a call is answered, transferred, routed or declined at once");
    }
    return text(d.toCaller(), "answer", 4000, true);
  }

  static String text(String value, String field, int max, boolean required) {
    String v = value == null ? null : value.strip();
    if (v == null || v.isEmpty()) {
      if (required) {
        throw new TicketException(field, field + " is required");
      }
      return null;
    }
    if (v.length() > max) {
      throw new TicketException(field, field + " is at most " + max + " characters");
    }
    return v;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
