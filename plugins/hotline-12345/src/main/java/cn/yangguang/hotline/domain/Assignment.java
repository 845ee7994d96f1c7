package cn.yangguang.hotline.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One dispatch of a ticket to one handling unit, lead or co-handling: its clocks and what the unit
 * did. The KPIs count these rows.
 *
 * @param id stable id
 * @param ticketId the ticket
 * @param unit the unit's code (a county department)
 * @param lead whether it leads (主办) or co-handles (协办)
 * @param redo whether this dispatch is a redo after dissatisfaction (重办)
 * @param dispatchedAt when
 * @param signClock the sign-for clock, or null
 * @param signedAt when it signed for it, or null
 * @param signedOnTime whether within the limit
 * @param handleClock the handling clock, or null
 * @param returnedAt when it returned it, or null
 * @param returnReason why
 * @param returnOutcome the dispatcher's review: ACCEPTED (改派) or REFUSED (维持), or null
 * @param extensionDays working days asked for, or null
 * @param extensionReason why
 * @param extensionState REQUESTED, APPROVED or REFUSED, or null
 * @param repliedAt when it replied, or null
 * @param repliedOnTime whether within the handling limit
 * @param reply what it replied
 * @param satisfaction the call-back's verdict on its reply, or null
 * @param active whether the unit still works on it
 */
public record Assignment(
    UUID id,
    UUID ticketId,
    String unit,
    boolean lead,
    boolean redo,
    Instant dispatchedAt,
    UUID signClock,
    Instant signedAt,
    Boolean signedOnTime,
    UUID handleClock,
    Instant returnedAt,
    String returnReason,
    String returnOutcome,
    Integer extensionDays,
    String extensionReason,
    String extensionState,
    Instant repliedAt,
    Boolean repliedOnTime,
    String reply,
    Satisfaction satisfaction,
    boolean active) {

  /** A new dispatch. */
  public static Assignment dispatch(
      UUID ticketId, String unit, boolean lead, boolean redo, Instant now, UUID signClock) {
    Draft d = new Draft();
    d.id = UUID.randomUUID();
    d.ticketId = ticketId;
    d.unit = unit;
    d.lead = lead;
    d.redo = redo;
    d.dispatchedAt = now;
    d.signClock = signClock;
    d.active = true;
    return d.build();
  }

  /** Signed for, with the handling clock started. */
  public Assignment signed(Instant now, boolean onTime, UUID handle) {
    return change(
        d -> {
          d.signedAt = now;
          d.signedOnTime = onTime;
          d.handleClock = handle;
        });
  }

  /** Returned with a reason; active until the dispatcher reviews the return. */
  public Assignment returned(Instant now, String reason) {
    return change(
        d -> {
          d.returnedAt = now;
          d.returnReason = reason;
        });
  }

  /**
   * The dispatcher's review of the return ends this dispatch either way: accepted, the ticket goes
   * elsewhere; refused, the same unit gets a new dispatch with new clocks.
   */
  public Assignment returnReviewed(boolean accepted) {
    return change(
        d -> {
          d.returnOutcome = accepted ? "ACCEPTED" : "REFUSED";
          d.active = false;
        });
  }

  /** An extension asked for or decided. */
  public Assignment extension(Integer days, String reason, String state) {
    return change(
        d -> {
          d.extensionDays = days;
          d.extensionReason = reason;
          d.extensionState = state;
        });
  }

  /** Replied. */
  public Assignment replied(Instant now, boolean onTime, String text) {
    return change(
        d -> {
          d.repliedAt = now;
          d.repliedOnTime = onTime;
          d.reply = text;
        });
  }

  /** The call-back's verdict; the unit's work on this dispatch ends. */
  public Assignment judged(Satisfaction verdict) {
    return change(
        d -> {
          d.satisfaction = verdict;
          d.active = false;
        });
  }

  /** Ended without a verdict (the ticket was merged or closed otherwise). */
  public Assignment ended() {
    return change(d -> d.active = false);
  }

  private Assignment change(java.util.function.Consumer<Draft> edit) {
    Draft d = new Draft();
    d.id = id;
    d.ticketId = ticketId;
    d.unit = unit;
    d.lead = lead;
    d.redo = redo;
    d.dispatchedAt = dispatchedAt;
    d.signClock = signClock;
    d.signedAt = signedAt;
    d.signedOnTime = signedOnTime;
    d.handleClock = handleClock;
    d.returnedAt = returnedAt;
    d.returnReason = returnReason;
    d.returnOutcome = returnOutcome;
    d.extensionDays = extensionDays;
    d.extensionReason = extensionReason;
    d.extensionState = extensionState;
    d.repliedAt = repliedAt;
    d.repliedOnTime = repliedOnTime;
    d.reply = reply;
    d.satisfaction = satisfaction;
    d.active = active;
    edit.accept(d);
    return d.build();
  }

  /** The fields of the next state while a step sets them. */
  private static final class Draft {
    UUID id;
    UUID ticketId;
    String unit;
    boolean lead;
    boolean redo;
    Instant dispatchedAt;
    UUID signClock;
    Instant signedAt;
    Boolean signedOnTime;
    UUID handleClock;
    Instant returnedAt;
    String returnReason;
    String returnOutcome;
    Integer extensionDays;
    String extensionReason;
    String extensionState;
    Instant repliedAt;
    Boolean repliedOnTime;
    String reply;
    Satisfaction satisfaction;
    boolean active;

    Assignment build() {
      return new Assignment(
          id,
          ticketId,
          unit,
          lead,
          redo,
          dispatchedAt,
          signClock,
          signedAt,
          signedOnTime,
          handleClock,
          returnedAt,
          returnReason,
          returnOutcome,
          extensionDays,
          extensionReason,
          extensionState,
          repliedAt,
          repliedOnTime,
          reply,
          satisfaction,
          active);
    }
  }
}
