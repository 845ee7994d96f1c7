package cn.yangguang.casework.domain;

/**
 * Where a case stands, as the applicant and the public lookup see it. The Licensing Law's order:
 * received → (supplement notice → received again) → accepted or refused → approved or rejected →
 * completed (result delivered).
 */
public enum CaseStatus {
  /** Materials received; the 5-working-day acceptance period runs. */
  RECEIVED,
  /** One consolidated supplement notice sent; waiting for the applicant (no clock runs). */
  AWAITING_SUPPLEMENT,
  /** Not accepted (不予受理), with the reason. Final. */
  REFUSED,
  /** Accepted (受理); the decision clock runs. */
  ACCEPTED,
  /** Decided in the applicant's favour; the result is to be delivered. */
  APPROVED,
  /** Decided against the applicant (不予许可); the decision is to be delivered. */
  REJECTED,
  /** The result or decision was delivered (办结). Final. */
  COMPLETED;

  /** Whether nothing more happens to a case in this status. */
  public boolean isFinal() {
    return this == REFUSED || this == COMPLETED;
  }
}
