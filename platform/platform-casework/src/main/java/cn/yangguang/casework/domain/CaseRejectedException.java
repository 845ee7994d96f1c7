package cn.yangguang.casework.domain;

import cn.yangguang.kernel.tenancy.application.ChangeRejectedException;

/**
 * An application or case action refused as asked: the field names the input at fault and nothing
 * was changed. Bad input answers 422; an action the case's state does not allow (out of order, too
 * late, already done) answers 409.
 */
public class CaseRejectedException extends ChangeRejectedException {

  private static final long serialVersionUID = 1L;

  private CaseRejectedException(String field, String reason, boolean conflict) {
    super("case", field, reason, conflict);
  }

  /** Bad input (422). */
  public static CaseRejectedException invalid(String field, String reason) {
    return new CaseRejectedException(field, field + " " + reason, false);
  }

  /** An action the case's state does not allow (409). */
  public static CaseRejectedException conflict(String field, String reason) {
    return new CaseRejectedException(field, reason, true);
  }
}
