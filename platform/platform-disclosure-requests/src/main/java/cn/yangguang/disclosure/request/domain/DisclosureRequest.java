package cn.yangguang.disclosure.request.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A request for government information to one agency, through the procedure of the Regulations
 * (Decree 711): receipt by the channel's rule (Art. 31), one supplement notice within 7 working
 * days that sets a period (Art. 30), consultations (Art. 32-33), one extension, a fee for excessive
 * use (Art. 42) and an answer of Art. 36-39. Behaviour here, the clock in the application: every
 * method either changes the request as the law allows or throws {@link RequestRejected} and changes
 * nothing.
 *
 * <p>Not thread-safe: load, change and save within one tenant transaction (the version guards).
 */
public final class DisclosureRequest {

  /** Working days after receipt within which the one supplement notice must go out (Art. 30). */
  public static final int SUPPLEMENT_NOTICE_DAYS = 7;

  /** Working days to answer (Art. 33), and the most one extension adds. */
  public static final int ANSWER_DAYS = 20;

  /** Working days an applicant has to pay a fee notice (国办函〔2020〕109号). */
  public static final int FEE_PAYMENT_DAYS = 20;

  private Row row;
  private final List<Consultation> consultations;

  /** Rebuilds a stored request (repositories), or holds a new one. */
  public DisclosureRequest(Row row, List<Consultation> consultations) {
    this.row = row;
    this.consultations = new ArrayList<>(consultations);
  }

  /** A request received on {@code receivedOn}: the answer clock counts from that day. */
  public static DisclosureRequest receive(Row fresh) {
    if (fresh.description() == null || fresh.description().isBlank()) {
      throw RequestRejected.invalid("description", "is required: what information is asked for");
    }
    return new DisclosureRequest(fresh, List.of());
  }

  /**
   * The one consolidated supplement notice (补正告知): within 7 working days of receipt, with what is
   * missing and the period to supplement it. The answer clock stops until the supplement arrives.
   */
  public void noticeSupplement(String asked, int periodDays, LocalDate today, WorkingDays days) {
    requireStatus(RequestStatus.IN_PROGRESS, "send a supplement notice");
    if (row.supplement().noticeOn() != null) {
      throw RequestRejected.conflict("supplement", "only one supplement notice is allowed");
    }
    if (asked == null || asked.isBlank()) {
      throw RequestRejected.invalid("asked", "is required: everything the applicant must supply");
    }
    if (periodDays < 1 || periodDays > 60) {
      throw RequestRejected.invalid("periodDays", "must be 1 to 60 working days");
    }
    LocalDate last = days.after(row.receivedOn(), SUPPLEMENT_NOTICE_DAYS);
    if (today.isAfter(last)) {
      throw RequestRejected.conflict(
          "supplement",
          "the supplement notice was due by "
              + last
              + " (7 working days after receipt); answer the request as it stands");
    }
    row =
        row.with(RequestStatus.AWAITING_SUPPLEMENT)
            .with(new Row.Supplement(today, asked.strip(), days.after(today, periodDays), null));
  }

  /** The supplement arrived in time: the answer clock starts again from today. */
  public void supplementArrived(LocalDate today) {
    requireStatus(RequestStatus.AWAITING_SUPPLEMENT, "receive a supplement");
    Row.Supplement s = row.supplement();
    if (today.isAfter(s.dueOn())) {
      throw RequestRejected.conflict("supplement", "the supplement period ended on " + s.dueOn());
    }
    row =
        row.with(RequestStatus.IN_PROGRESS)
            .with(new Row.Supplement(s.noticeOn(), s.asked(), s.dueOn(), today))
            .clockFrom(today);
  }

  /** No supplement within the period: the request is treated as abandoned (Art. 30). */
  public boolean lapseSupplement(LocalDate today) {
    if (row.status() != RequestStatus.AWAITING_SUPPLEMENT
        || !today.isAfter(row.supplement().dueOn())) {
      return false;
    }
    close(Outcome.ABANDONED_NO_SUPPLEMENT, "逾期未补正", null, today);
    return true;
  }

  /** The one extension of at most 20 working days, approved by the office's head (Art. 33). */
  public void extend(String reason) {
    requireOpen("extend");
    if (row.extensionReason() != null) {
      throw RequestRejected.conflict("extension", "the answer period was already extended once");
    }
    if (reason == null || reason.isBlank()) {
      throw RequestRejected.invalid("reason", "is required: why more time is needed");
    }
    row = row.extended(reason.strip());
  }

  /** Asks a third party or another agency; the clock pauses while any consultation is open. */
  public Consultation consult(
      UUID id, Consultation.Kind kind, String party, LocalDate today, WorkingDays days) {
    if (row.status() != RequestStatus.IN_PROGRESS && row.status() != RequestStatus.CONSULTING) {
      throw RequestRejected.conflict("status", "a " + row.status() + " request cannot consult");
    }
    if (party == null || party.isBlank()) {
      throw RequestRejected.invalid("party", "is required: who is consulted");
    }
    Consultation c =
        new Consultation(
            id,
            kind,
            party.strip(),
            today,
            days.after(today, Consultation.THIRD_PARTY_DAYS),
            null,
            null,
            null,
            null);
    consultations.add(c);
    row = row.with(RequestStatus.CONSULTING);
    return c;
  }

  /** An opinion came back (or the period ended without one); the clock runs once none is open. */
  public void consultationAnswered(UUID id, Consultation.Opinion opinion, LocalDate today) {
    Consultation c = consultation(id);
    if (!c.open()) {
      throw RequestRejected.conflict("consultation", "this consultation already has its answer");
    }
    if (opinion == null) {
      throw RequestRejected.invalid("opinion", "is required: CONSENT, OBJECTION or NONE");
    }
    consultations.set(consultations.indexOf(c), c.answered(today, opinion));
    if (consultations.stream().noneMatch(Consultation::open)) {
      row = row.with(RequestStatus.IN_PROGRESS);
    }
  }

  /** The written notice to a third party whose objection is overruled (Art. 32). */
  public void overrule(UUID id, LocalDate today) {
    Consultation c = consultation(id);
    if (!c.objectionUnanswered()) {
      throw RequestRejected.conflict(
          "consultation", "only an objecting third party not yet notified can be overruled");
    }
    consultations.set(consultations.indexOf(c), c.overruled(today));
  }

  /** A fee notice (Art. 42): the clock pauses until the payment. */
  public void noticeFee(
      FeeSchedule.Scale scale, BigDecimal amount, LocalDate today, WorkingDays d) {
    requireStatus(RequestStatus.IN_PROGRESS, "send a fee notice");
    if (row.fee().noticeOn() != null) {
      throw RequestRejected.conflict("fee", "a fee notice was already sent");
    }
    if (amount.signum() <= 0) {
      throw RequestRejected.conflict(
          "fee", "nothing is chargeable: the request is within the free bands");
    }
    row =
        row.with(RequestStatus.AWAITING_FEE)
            .with(new Row.Fee(scale, amount, today, d.after(today, FEE_PAYMENT_DAYS), null));
  }

  /** The fee was paid: the clock runs again. */
  public void feePaid(LocalDate today) {
    requireStatus(RequestStatus.AWAITING_FEE, "record a payment");
    Row.Fee f = row.fee();
    row =
        row.with(RequestStatus.IN_PROGRESS)
            .with(new Row.Fee(f.scale(), f.amount(), f.noticeOn(), f.dueOn(), today));
  }

  /** No payment within the period: the agency no longer handles the request. */
  public boolean lapseFee(LocalDate today) {
    if (row.status() != RequestStatus.AWAITING_FEE || !today.isAfter(row.fee().dueOn())) {
      return false;
    }
    close(Outcome.ABANDONED_FEE_UNPAID, "逾期未缴费", null, today);
    return true;
  }

  /** Records why the request looks excessive (Art. 35: the agency may ask the applicant why). */
  public void markExcessive(String reason) {
    requireOpen("be marked excessive");
    if (reason == null || reason.isBlank()) {
      throw RequestRejected.invalid("reason", "is required");
    }
    row = row.excessive(reason.strip());
  }

  /**
   * The applicant explained her many requests reasonably, but they cannot be answered in time: the
   * agency sets a longer deadline, once, and tells her (Art. 35).
   */
  public void grantLongerPeriod(int days) {
    requireOpen("get a longer period");
    if (row.excessiveReason() == null) {
      throw RequestRejected.conflict(
          "excessive", "record why the requests look excessive first (Art. 35)");
    }
    if (row.excessiveDays() != null) {
      throw RequestRejected.conflict("excessive", "a longer period was already granted");
    }
    if (days < 1 || days > 60) {
      throw RequestRejected.invalid("periodDays", "must be 1 to 60 working days");
    }
    row = row.longer(days);
  }

  /**
   * Answers the request and closes it. A withholding answer needs its reason; an answer that
   * discloses waits for every objecting third party to have been told in writing.
   */
  public void answer(Outcome outcome, String reason, String redirectTo, LocalDate today) {
    if (outcome == null || !outcome.answer()) {
      throw RequestRejected.invalid("outcome", "must be one of the answers of Art. 36-39");
    }
    requireStatus(RequestStatus.IN_PROGRESS, "be answered");
    if (outcome.reasonRequired() && (reason == null || reason.isBlank())) {
      throw RequestRejected.invalid("reason", "is required for " + outcome + " (Art. 36)");
    }
    if (outcome.discloses() && consultations.stream().anyMatch(Consultation::objectionUnanswered)) {
      throw RequestRejected.conflict(
          "consultation",
          "an objecting third party must be told in writing before disclosure (Art. 32)");
    }
    close(outcome, reason, redirectTo, today);
  }

  /** The applicant withdrew the request. */
  public void withdraw(LocalDate today) {
    requireOpen("be withdrawn");
    close(Outcome.WITHDRAWN, "申请人撤回", null, today);
  }

  private void close(Outcome outcome, String reason, String redirectTo, LocalDate today) {
    row =
        row.with(RequestStatus.CLOSED)
            .with(
                new Row.Closure(
                    outcome,
                    reason == null || reason.isBlank() ? null : reason.strip(),
                    redirectTo == null || redirectTo.isBlank() ? null : redirectTo.strip(),
                    today));
  }

  private Consultation consultation(UUID id) {
    return consultations.stream()
        .filter(c -> c.id().equals(id))
        .findFirst()
        .orElseThrow(() -> RequestRejected.invalid("consultation", "is not one of this request"));
  }

  private void requireOpen(String action) {
    if (row.status() == RequestStatus.CLOSED) {
      throw RequestRejected.conflict("status", "a closed request cannot " + action);
    }
  }

  private void requireStatus(RequestStatus expected, String action) {
    if (row.status() != expected) {
      throw RequestRejected.conflict("status", "a " + row.status() + " request cannot " + action);
    }
  }

  public Row row() {
    return row;
  }

  public UUID id() {
    return row.id();
  }

  public RequestStatus status() {
    return row.status();
  }

  /** Sets the clocks the application started (the answer clock, the applicant's period). */
  public void clocks(java.util.UUID answer, java.util.UUID period) {
    row = row.withClock(answer).withPeriodClock(period);
  }

  /** Sets the clock of a consultation's period. */
  public void consultationClock(java.util.UUID consultation, java.util.UUID clock) {
    Consultation c = consultation(consultation);
    consultations.set(consultations.indexOf(c), c.withClock(clock));
  }

  public List<Consultation> consultations() {
    return List.copyOf(consultations);
  }
}
