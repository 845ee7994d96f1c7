package cn.yangguang.supervision.application;

import cn.yangguang.kernel.clock.domain.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A supervision clock as pages and the API show it.
 *
 * @param level GREEN, YELLOW, RED or OVERDUE
 * @param warning the colour shown: green, yellow, or red (red also once overdue)
 */
public record ClockView(
    UUID id, String level, String status, String warning, Instant dueAt, LocalDate deadline) {

  /** The view of a kernel clock; null stays null. */
  static ClockView of(Clock c) {
    if (c == null) {
      return null;
    }
    String level = c.level().name();
    String warning =
        switch (level) {
          case "OVERDUE", "RED" -> "red";
          case "YELLOW" -> "yellow";
          default -> "green";
        };
    Instant due = c.snapshot().thresholds() == null ? null : c.snapshot().thresholds().dueAt();
    return new ClockView(c.id(), level, c.status().name(), warning, due, c.deadlineDate());
  }

  /** Whether the deadline passed while the clock ran. */
  public boolean overdue() {
    return "OVERDUE".equals(level);
  }
}
