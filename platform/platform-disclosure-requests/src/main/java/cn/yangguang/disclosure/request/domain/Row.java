package cn.yangguang.disclosure.request.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The stored state of a {@link DisclosureRequest}: what was received (fixed at receipt) and where
 * the procedure stands. Immutable; the request replaces it on each change.
 *
 * @param received what the applicant asked, from whom, by which channel, when
 * @param clockStartOn the day the answer period counts from (receipt, or the supplement's arrival)
 * @param extensionReason why the one extension was granted, or null
 * @param excessiveReason why the request was judged excessive (Art. 35), or null
 * @param excessiveDays the longer deadline granted for a reasonable explanation (Art. 35), or null
 * @param answerClockId the kernel clock of the answer period
 * @param periodClockId the clock of the applicant's current period (supplement or payment), or null
 */
public record Row(
    Received received,
    RequestStatus status,
    LocalDate clockStartOn,
    Supplement supplement,
    String extensionReason,
    String excessiveReason,
    Integer excessiveDays,
    Fee fee,
    Closure closure,
    UUID answerClockId,
    UUID periodClockId,
    int version) {

  /**
   * What was received.
   *
   * @param queryCodeHash SHA-256 of the query code the applicant follows the request with
   * @param applicantIndex the blind index of the applicant's ID number (her requests in a month)
   * @param applicantUserId her account when she asked on the portal, else null
   * @param delivery how she wants the information: ELECTRONIC, PAPER or PICKUP
   */
  public record Received(
      UUID tenantId,
      UUID id,
      String number,
      String queryCodeHash,
      String agencyCode,
      Channel channel,
      Applicant applicant,
      String applicantIndex,
      UUID applicantUserId,
      String description,
      String purpose,
      String delivery,
      LocalDate receivedOn,
      Instant submittedAt,
      String submittedBy) {}

  /** The supplement notice: when, what, until when, and when the supplement arrived. */
  public record Supplement(LocalDate noticeOn, String asked, LocalDate dueOn, LocalDate arrivedOn) {
    static final Supplement NONE = new Supplement(null, null, null, null);
  }

  /** The fee notice: scale, amount, when, until when, and when it was paid. */
  public record Fee(
      FeeSchedule.Scale scale,
      BigDecimal amount,
      LocalDate noticeOn,
      LocalDate dueOn,
      LocalDate paidOn) {
    static final Fee NONE = new Fee(null, null, null, null, null);
  }

  /** How the request ended: the outcome (and so its report row), why, where to go instead, when. */
  public record Closure(Outcome outcome, String reason, String redirectTo, LocalDate closedOn) {}

  /** A request just received, its clock counting from the receipt date. */
  public static Row fresh(Received r) {
    return new Row(
        r,
        RequestStatus.IN_PROGRESS,
        r.receivedOn(),
        Supplement.NONE,
        null,
        null,
        null,
        Fee.NONE,
        null,
        null,
        null,
        0);
  }

  public UUID id() {
    return received.id();
  }

  public LocalDate receivedOn() {
    return received.receivedOn();
  }

  public String description() {
    return received.description();
  }

  /** Whether the one extension was granted. */
  public boolean extended() {
    return extensionReason != null;
  }

  Row with(RequestStatus s) {
    return change(b -> b.status = s);
  }

  Row with(Supplement s) {
    return change(b -> b.supplement = s);
  }

  Row with(Fee f) {
    return change(b -> b.fee = f);
  }

  Row with(Closure c) {
    return change(b -> b.closure = c);
  }

  Row clockFrom(LocalDate day) {
    return change(b -> b.clockStartOn = day);
  }

  Row extended(String reason) {
    return change(b -> b.extensionReason = reason);
  }

  Row excessive(String reason) {
    return change(b -> b.excessiveReason = reason);
  }

  Row longer(int days) {
    return change(b -> b.excessiveDays = days);
  }

  /** The same state with its answer clock (set once the kernel started it). */
  public Row withClock(UUID clockId) {
    return change(b -> b.answerClockId = clockId);
  }

  /** The same state with the clock of the applicant's current period. */
  public Row withPeriodClock(UUID clockId) {
    return change(b -> b.periodClockId = clockId);
  }

  /** A copy with some components changed: the one place that lists them all. */
  private Row change(java.util.function.Consumer<Changes> edit) {
    Changes c = new Changes(this);
    edit.accept(c);
    return new Row(
        received,
        c.status,
        c.clockStartOn,
        c.supplement,
        c.extensionReason,
        c.excessiveReason,
        c.excessiveDays,
        c.fee,
        c.closure,
        c.answerClockId,
        c.periodClockId,
        version);
  }

  /** The changeable components of a row, for {@link #change}. */
  private static final class Changes {
    RequestStatus status;
    LocalDate clockStartOn;
    Supplement supplement;
    String extensionReason;
    String excessiveReason;
    Integer excessiveDays;
    Fee fee;
    Closure closure;
    UUID answerClockId;
    UUID periodClockId;

    Changes(Row r) {
      status = r.status;
      clockStartOn = r.clockStartOn;
      supplement = r.supplement;
      extensionReason = r.extensionReason;
      excessiveReason = r.excessiveReason;
      excessiveDays = r.excessiveDays;
      fee = r.fee;
      closure = r.closure;
      answerClockId = r.answerClockId;
      periodClockId = r.periodClockId;
    }
  }
}
