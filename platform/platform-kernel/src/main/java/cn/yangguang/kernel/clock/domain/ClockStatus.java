package cn.yangguang.kernel.clock.domain;

/** Whether a clock is counting. */
public enum ClockStatus {
  /** Counting. */
  RUNNING,
  /** Not counting: a special procedure, third-party consultation or payment is under way. */
  PAUSED,
  /** The step was done; {@code onTime} says whether before the deadline. */
  COMPLETED,
  /** The subject ended otherwise (withdrawn, rejected); the clock no longer matters. */
  CANCELLED
}
