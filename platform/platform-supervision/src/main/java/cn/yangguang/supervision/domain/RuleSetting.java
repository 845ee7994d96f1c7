package cn.yangguang.supervision.domain;

import java.util.Objects;

/**
 * A county's setting of one rule.
 *
 * @param threshold the rule's tolerance (see {@link ViolationRule}); never negative
 */
public record RuleSetting(ViolationRule rule, boolean enabled, int threshold) {

  /** The largest threshold any rule accepts (a year in hours, yuan, or notices). */
  public static final int MAX_THRESHOLD = 8760;

  public RuleSetting {
    Objects.requireNonNull(rule, "rule");
    if (threshold < 0 || threshold > MAX_THRESHOLD) {
      throw new IllegalArgumentException("threshold must be between 0 and " + MAX_THRESHOLD);
    }
  }
}
