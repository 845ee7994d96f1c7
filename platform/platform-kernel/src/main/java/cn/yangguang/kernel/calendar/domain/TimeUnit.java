package cn.yangguang.kernel.calendar.domain;

/**
 * The unit of a time limit (RULES.md §5): every limit says which one it uses. Constants are
 * immutable and thread-safe.
 */
public enum TimeUnit {
  /** Working days: weekdays and make-up days, minus holidays. */
  WORKING_DAYS,
  /** Natural (calendar) days; a last day that is not a working day moves to the next one. */
  NATURAL_DAYS,
  /** Hours of wall-clock time. */
  HOURS,
  /** Hours counted only inside the working hours of working days. */
  WORKING_HOURS;

  /** Whether the unit counts whole days (the deadline is the end of a day). */
  boolean isDayUnit() {
    return this == WORKING_DAYS || this == NATURAL_DAYS;
  }
}
