package cn.yangguang.kernel.calendar.domain;

/**
 * Why a date differs from the weekday rule (Monday to Friday work, Saturday and Sunday off).
 * Constants are immutable and thread-safe.
 */
public enum DayKind {
  /**
   * A day off: a statutory holiday or a day moved into a holiday period (may fall on a weekend).
   */
  HOLIDAY,
  /** A make-up working day (调休上班), normally a Saturday or Sunday. */
  WORKDAY
}
