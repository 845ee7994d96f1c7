package cn.yangguang.hotline.domain;

/**
 * The counts behind a unit's (or the county's) KPIs over a period, and the five rates of RULES.md
 * §3 computed from them. A rate is null when nothing was there to count (no dispatch, no verdict).
 *
 * <ul>
 *   <li>签收率 (sign-for rate): dispatches signed for within the sign-for limit / dispatches
 *   <li>按时办结率 (on-time rate): replies within the handling limit / (replies + signed dispatches past
 *       their limit without a reply)
 *   <li>满意率 (satisfaction rate): 满意 and 基本满意 verdicts / verdicts
 *   <li>退单率 (return rate): returns / dispatches
 *   <li>重办率 (redo rate): dispatches that are redos after dissatisfaction / dispatches
 * </ul>
 *
 * @param dispatched lead dispatches in the period
 * @param signedOnTime of them, signed for within the limit
 * @param returned of them, returned
 * @param replied of them, replied
 * @param repliedOnTime of them, replied within the handling limit
 * @param overdue signed, not replied, past the handling limit
 * @param judged verdicts on their replies
 * @param satisfied of them, 满意 or 基本满意
 * @param redone dispatches that are redos
 */
public record KpiFigures(
    int dispatched,
    int signedOnTime,
    int returned,
    int replied,
    int repliedOnTime,
    int overdue,
    int judged,
    int satisfied,
    int redone) {

  /** 签收率. */
  public Double signRate() {
    return rate(signedOnTime, dispatched);
  }

  /** 按时办结率. */
  public Double onTimeRate() {
    return rate(repliedOnTime, replied + overdue);
  }

  /** 满意率. */
  public Double satisfactionRate() {
    return rate(satisfied, judged);
  }

  /** 退单率. */
  public Double returnRate() {
    return rate(returned, dispatched);
  }

  /** 重办率. */
  public Double redoRate() {
    return rate(redone, dispatched);
  }

  /** The sum of two units' counts. */
  public KpiFigures plus(KpiFigures o) {
    return new KpiFigures(
        dispatched + o.dispatched,
        signedOnTime + o.signedOnTime,
        returned + o.returned,
        replied + o.replied,
        repliedOnTime + o.repliedOnTime,
        overdue + o.overdue,
        judged + o.judged,
        satisfied + o.satisfied,
        redone + o.redone);
  }

  /** Nothing counted. */
  public static final KpiFigures NONE = new KpiFigures(0, 0, 0, 0, 0, 0, 0, 0, 0);

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : Math.round(1000.0 * part / whole) / 1000.0;
  }
}
