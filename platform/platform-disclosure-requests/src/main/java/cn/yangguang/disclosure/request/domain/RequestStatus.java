package cn.yangguang.disclosure.request.domain;

/**
 * Where a request stands. The answer clock runs only IN_PROGRESS: it waits for the supplement (and
 * restarts when it arrives), pauses while a consultation is open and between a fee notice and the
 * payment.
 */
public enum RequestStatus {
  IN_PROGRESS,
  AWAITING_SUPPLEMENT,
  CONSULTING,
  AWAITING_FEE,
  CLOSED
}
