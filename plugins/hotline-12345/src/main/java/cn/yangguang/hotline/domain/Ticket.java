package cn.yangguang.hotline.domain;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * A ticket (工单) as stored, with the rules of its closed loop. Immutable: each step returns the
 * ticket after it, or throws {@link TicketException} (409) when the status does not allow it.
 *
 * @param id stable id
 * @param number the number callers and Open311 clients use ({@code service_request_id})
 * @param queryCode the code that, with the number, lets a caller look the ticket up
 * @param channel where it came from
 * @param cityRef the prefecture platform's id of a city-dispatched ticket, or null
 * @param type 咨询/求助/投诉/举报/建议
 * @param urgency picks the time limits
 * @param serviceCode the dispatch catalogue's service, or null
 * @param summary one line
 * @param description what the caller said
 * @param callerName or null (anonymous)
 * @param callerPhone or null; shown masked only
 * @param accountId an Open311 client's account id, or null
 * @param address or null
 * @param lat WGS84, or null
 * @param lon WGS84, or null
 * @param mediaUrl a photo's address, or null
 * @param status where it is
 * @param resolution how it ended, when closed
 * @param answer the answer or reply given to the caller, or null
 * @param leadUnit the lead handling unit's code, once dispatched
 * @param mergedInto the number it was merged into, or null
 * @param redoCount times handled again after dissatisfaction
 * @param satisfaction the call-back's verdict, or null
 * @param createdAt taken in
 * @param updatedAt last changed
 * @param closedAt closed, or null
 */
public record Ticket(
    UUID id,
    String number,
    String queryCode,
    Channel channel,
    String cityRef,
    TicketType type,
    Urgency urgency,
    String serviceCode,
    String summary,
    String description,
    String callerName,
    String callerPhone,
    String accountId,
    String address,
    Double lat,
    Double lon,
    String mediaUrl,
    TicketStatus status,
    Resolution resolution,
    String answer,
    String leadUnit,
    String mergedInto,
    int redoCount,
    Satisfaction satisfaction,
    Instant createdAt,
    Instant updatedAt,
    Instant closedAt) {

  /** Whether Open311 reports it {@code closed}. */
  public boolean closed() {
    return status == TicketStatus.CLOSED;
  }

  /** Whether it came from the prefecture's platform (its steps are reported back there). */
  public boolean fromCity() {
    return cityRef != null;
  }

  /** Fails with 409 unless the ticket is in one of {@code allowed}. */
  public void require(String step, TicketStatus... allowed) {
    if (Arrays.stream(allowed).noneMatch(s -> s == status)) {
      throw TicketException.conflict(
          "ticket "
              + number
              + " is "
              + status
              + ": "
              + step
              + " needs "
              + Arrays.toString(allowed));
    }
  }

  /** Dispatched (派单) or re-dispatched (改派) to a lead unit. */
  public Ticket dispatched(String lead, Instant now) {
    require("dispatch", TicketStatus.RECEIVED, TicketStatus.RETURNED);
    return copy(TicketStatus.DISPATCHED, resolution, answer, lead, redoCount, satisfaction, now);
  }

  /** Signed for (签收) by the lead unit. */
  public Ticket signed(Instant now) {
    require("sign-for", TicketStatus.DISPATCHED);
    return copy(TicketStatus.SIGNED, resolution, answer, leadUnit, redoCount, satisfaction, now);
  }

  /** Returned (退单) by the lead unit before signing for it. */
  public Ticket returned(Instant now) {
    require("return", TicketStatus.DISPATCHED);
    return copy(TicketStatus.RETURNED, resolution, answer, leadUnit, redoCount, satisfaction, now);
  }

  /** The dispatcher refused a return: back to the same unit. */
  public Ticket returnRefused(Instant now) {
    require("refuse the return", TicketStatus.RETURNED);
    return copy(
        TicketStatus.DISPATCHED, resolution, answer, leadUnit, redoCount, satisfaction, now);
  }

  /** Replied (答复) by the lead unit. */
  public Ticket replied(String reply, Instant now) {
    require("reply", TicketStatus.SIGNED);
    return copy(TicketStatus.REPLIED, resolution, reply, leadUnit, redoCount, satisfaction, now);
  }

  /** Called back (回访): satisfied closes it (办结), dissatisfied sends it back to the unit (重办). */
  public Ticket calledBack(Satisfaction verdict, Instant now) {
    require("call-back", TicketStatus.REPLIED);
    if (verdict.satisfied()) {
      return copy(
          TicketStatus.CLOSED, Resolution.HANDLED, answer, leadUnit, redoCount, verdict, now);
    }
    return copy(TicketStatus.DISPATCHED, null, answer, leadUnit, redoCount + 1, verdict, now);
  }

  /** Closed at intake: answered at once, transferred, given its legal route, or declined. */
  public Ticket closedAtIntake(Resolution how, String toCaller, Instant now) {
    require("close at intake", TicketStatus.RECEIVED);
    return copy(TicketStatus.CLOSED, how, toCaller, leadUnit, redoCount, null, now);
  }

  /** A city ticket handed back to the prefecture's platform after a return was accepted. */
  public Ticket returnedToCity(String reason, Instant now) {
    require("return to the city", TicketStatus.RECEIVED, TicketStatus.RETURNED);
    if (!fromCity()) {
      throw TicketException.conflict("ticket " + number + " did not come from the city");
    }
    return copy(
        TicketStatus.CLOSED, Resolution.RETURNED_TO_CITY, reason, leadUnit, redoCount, null, now);
  }

  /** Merged into another ticket as a duplicate (合并). */
  public Ticket mergedInto(String other, Instant now) {
    require("merge", TicketStatus.RECEIVED, TicketStatus.DISPATCHED, TicketStatus.RETURNED);
    if (other.equals(number)) {
      throw new TicketException("into", "a ticket cannot be merged into itself");
    }
    return copy(TicketStatus.CLOSED, Resolution.MERGED, answer, leadUnit, redoCount, null, now)
        .pointingAt(other);
  }

  private Ticket pointingAt(String other) {
    return new Ticket(
        id,
        number,
        queryCode,
        channel,
        cityRef,
        type,
        urgency,
        serviceCode,
        summary,
        description,
        callerName,
        callerPhone,
        accountId,
        address,
        lat,
        lon,
        mediaUrl,
        status,
        resolution,
        answer,
        leadUnit,
        other,
        redoCount,
        satisfaction,
        createdAt,
        updatedAt,
        closedAt);
  }

  private Ticket copy(
      TicketStatus next,
      Resolution how,
      String toCaller,
      String lead,
      int redos,
      Satisfaction verdict,
      Instant now) {
    return new Ticket(
        id,
        number,
        queryCode,
        channel,
        cityRef,
        type,
        urgency,
        serviceCode,
        summary,
        description,
        callerName,
        callerPhone,
        accountId,
        address,
        lat,
        lon,
        mediaUrl,
        next,
        how,
        toCaller,
        lead,
        mergedInto,
        redos,
        verdict,
        createdAt,
        now,
        next == TicketStatus.CLOSED ? now : null);
  }
}
