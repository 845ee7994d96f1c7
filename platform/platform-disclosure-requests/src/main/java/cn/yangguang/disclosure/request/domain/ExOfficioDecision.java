package cn.yangguang.disclosure.request.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An ex-officio decision (行政处罚 or 行政强制) a department records or imports for Table 2: only the
 * reference, the date and a short summary, never the party's personal data.
 */
public record ExOfficioDecision(
    UUID id, String agencyCode, Kind kind, String reference, LocalDate decidedOn, String summary) {

  /** Penalty or enforcement. */
  public enum Kind {
    PENALTY,
    ENFORCEMENT
  }

  /** Checks the fields (the agency's existence is the application's check). */
  public ExOfficioDecision {
    if (kind == null) {
      throw RequestRejected.invalid("kind", "is required: PENALTY or ENFORCEMENT");
    }
    if (reference == null || reference.isBlank() || reference.length() > 100) {
      throw RequestRejected.invalid("reference", "is required, at most 100 characters");
    }
    if (decidedOn == null || decidedOn.getYear() < 2008) {
      throw RequestRejected.invalid("decidedOn", "is required (YYYY-MM-DD, 2008 or later)");
    }
    if (summary == null || summary.isBlank() || summary.length() > 500) {
      throw RequestRejected.invalid("summary", "is required, at most 500 characters");
    }
    reference = reference.strip();
  }
}
