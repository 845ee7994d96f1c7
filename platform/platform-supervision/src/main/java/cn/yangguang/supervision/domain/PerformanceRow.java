package cn.yangguang.supervision.domain;

/**
 * One unit's month: its counts, rates, score and rank (ADR 0051).
 *
 * @param unit a department code, a window (post) code, or a township centre's department code
 * @param onTimeRate completed on time / completed, or null when none completed (按时办结率)
 * @param immediateShare on-the-spot cases / received, or null (即办件占比, 现场办结率)
 * @param supplementRate cases with a supplement notice / received, or null (补正率)
 * @param satisfaction ratings of 4 or 5 / ratings, or null (满意率)
 * @param veto fails 平昌's one-vote veto: on-time below 99 % or on-the-spot below 90 %
 */
public record PerformanceRow(
    String unit,
    String name,
    int received,
    int immediate,
    int supplemented,
    int completed,
    int completedOnTime,
    int violations,
    int ratings,
    int satisfied,
    int yellowCards,
    int redCards,
    Double onTimeRate,
    Double immediateShare,
    Double supplementRate,
    Double satisfaction,
    double score,
    boolean veto,
    int rank) {

  /** The same row at another rank. */
  public PerformanceRow ranked(int r) {
    return new PerformanceRow(
        unit,
        name,
        received,
        immediate,
        supplemented,
        completed,
        completedOnTime,
        violations,
        ratings,
        satisfied,
        yellowCards,
        redCards,
        onTimeRate,
        immediateShare,
        supplementRate,
        satisfaction,
        score,
        veto,
        r);
  }
}
