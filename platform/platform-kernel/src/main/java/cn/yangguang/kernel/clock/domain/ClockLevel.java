package cn.yangguang.kernel.clock.domain;

/** Warning levels, in the order a running clock passes through them. */
public enum ClockLevel {
  /** Within the normal part of the limit. */
  GREEN,
  /** Past the yellow threshold of its regime. */
  YELLOW,
  /** Past the red threshold: about to be overdue. */
  RED,
  /** Past the deadline. */
  OVERDUE
}
