package cn.yangguang.disclosure.request.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A consultation during a request (Art. 32-33): of a third party whose interests the information
 * touches (15 working days for her opinion; her silence is a decision the agency then takes alone),
 * or of another agency. Neither counts against the answer deadline.
 *
 * @param overruledOn the day the third party was told in writing that her objection is overruled
 */
public record Consultation(
    UUID id,
    Kind kind,
    String party,
    LocalDate sentOn,
    LocalDate dueOn,
    LocalDate answeredOn,
    Opinion opinion,
    LocalDate overruledOn,
    UUID clockId) {

  /** Working days a third party has for her opinion (Art. 32). */
  public static final int THIRD_PARTY_DAYS = 15;

  /** Who is consulted. */
  public enum Kind {
    THIRD_PARTY,
    AGENCY
  }

  /** What came back: consent, an objection, or nothing within the period. */
  public enum Opinion {
    CONSENT,
    OBJECTION,
    NONE
  }

  /** Whether the opinion is still awaited. */
  public boolean open() {
    return answeredOn == null;
  }

  /** Whether a third party objected and has not yet been told in writing that she is overruled. */
  public boolean objectionUnanswered() {
    return kind == Kind.THIRD_PARTY && opinion == Opinion.OBJECTION && overruledOn == null;
  }

  /** The same consultation with the clock of its period. */
  public Consultation withClock(UUID clock) {
    return new Consultation(
        id, kind, party, sentOn, dueOn, answeredOn, opinion, overruledOn, clock);
  }

  Consultation answered(LocalDate on, Opinion o) {
    return new Consultation(id, kind, party, sentOn, dueOn, on, o, overruledOn, clockId);
  }

  Consultation overruled(LocalDate on) {
    return new Consultation(id, kind, party, sentOn, dueOn, answeredOn, opinion, on, clockId);
  }
}
