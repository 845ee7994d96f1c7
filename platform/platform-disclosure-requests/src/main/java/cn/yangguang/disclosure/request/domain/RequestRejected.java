package cn.yangguang.disclosure.request.domain;

import cn.yangguang.kernel.tenancy.application.ChangeRejectedException;

/**
 * A request or report action refused as asked: the field names the input at fault and nothing was
 * changed. Bad input answers 422; an action the request's state or the law does not allow (out of
 * order, too late, already done) answers 409.
 */
public class RequestRejected extends ChangeRejectedException {

  private static final long serialVersionUID = 1L;

  private RequestRejected(String field, String reason, boolean conflict) {
    super("disclosure request", field, reason, conflict);
  }

  /** Bad input (422). */
  public static RequestRejected invalid(String field, String reason) {
    return new RequestRejected(field, field + " " + reason, false);
  }

  /** An action the state does not allow (409). */
  public static RequestRejected conflict(String field, String reason) {
    return new RequestRejected(field, reason, true);
  }
}
