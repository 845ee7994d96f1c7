package cn.yangguang.supervision.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A risk point (风险点) on a process step: where discretion or money makes abuse possible, its level
 * (1 highest, 3 lowest) and the control that guards it. Level-1 and level-2 points are monitored: a
 * violation on their step carries their level.
 *
 * @param itemKey the item whose step it is, or null for that step of every item
 */
public record RiskPoint(
    UUID id, String step, String itemKey, int level, String description, String control) {

  public RiskPoint {
    Objects.requireNonNull(id, "id");
    if (step == null || !step.matches("[a-z][a-z0-9-]{0,59}")) {
      throw new IllegalArgumentException("a step is a lower-case name such as review");
    }
    if (level < 1 || level > 3) {
      throw new IllegalArgumentException("a risk level is 1, 2 or 3");
    }
    if (description == null || description.isBlank() || control == null || control.isBlank()) {
      throw new IllegalArgumentException("a risk point needs its description and its control");
    }
  }

  /** Whether supervision monitors it (levels 1 and 2). */
  public boolean monitored() {
    return level <= 2;
  }

  /** Whether it applies to this step of this item. */
  public boolean covers(String step, String itemKey) {
    return this.step.equals(step) && (this.itemKey == null || this.itemKey.equals(itemKey));
  }
}
