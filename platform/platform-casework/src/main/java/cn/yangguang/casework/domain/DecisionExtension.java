package cn.yangguang.casework.domain;

/**
 * The one extension of a decision period the law allows (Licensing Law Art. 42): approved by the
 * head of the deciding agency within the period, with the reason told to the applicant. It adds 10
 * working days, or 15 to a case decided jointly by several departments (联合办理, 45 + 15).
 */
public final class DecisionExtension {

  private DecisionExtension() {}

  /** The working days the extension adds to a case run on {@code template}. */
  public static int days(ProcessTemplate template) {
    return template == ProcessTemplate.JOINT ? 15 : 10;
  }

  /**
   * Checks that the case's decision period may be extended now: only while the case is accepted and
   * undecided, once, and before the period ends.
   *
   * @param alreadyExtended whether the decision clock already carries an extension
   * @param periodPassed whether the decision period has already ended
   * @throws CaseRejectedException (409) naming why not
   */
  public static void requireAllowed(CaseFile c, boolean alreadyExtended, boolean periodPassed) {
    if (c.status() != CaseStatus.ACCEPTED) {
      throw CaseRejectedException.conflict(
          "status", "only an accepted, undecided case can be extended, not one " + c.status());
    }
    if (c.decisionClockId() == null) {
      throw CaseRejectedException.conflict(
          "status", "a case decided on the spot has no decision period to extend");
    }
    if (alreadyExtended) {
      throw CaseRejectedException.conflict(
          "status", "the decision period was already extended once (Art. 42 allows one)");
    }
    if (periodPassed) {
      throw CaseRejectedException.conflict(
          "status", "the decision period has ended: an extension is approved within it");
    }
  }
}
