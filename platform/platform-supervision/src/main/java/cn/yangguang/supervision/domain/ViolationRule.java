package cn.yangguang.supervision.domain;

/**
 * The violation rules (ADR 0049), each with its default setting. The threshold means, per rule:
 * hours a deadline may be passed before it counts (overdue rules), yuan a fee may differ from the
 * standard, supplement notices allowed per case, hours between receipt and registration tolerated
 * (体外循环); unused for actions out of the process.
 */
public enum ViolationRule {
  /** A step's clock (review, approval, delivery, forwarding) passed its deadline. */
  OVERDUE_STEP(0),
  /** The case's acceptance period or decision limit passed. */
  OVERDUE_CASE(0),
  /** A fee charged differs from the catalogue's standard. */
  FEE_DIFFERS(0),
  /** The journal shows an action the item's process does not allow at that point. */
  OUT_OF_PROCESS(0),
  /** More supplement notices than allowed (the law allows one consolidated notice). */
  REPEATED_SUPPLEMENT(1),
  /** Signs of handling outside the service centre (体外循环): late registration, decided on entry. */
  OUTSIDE_CENTRE(24);

  private final int defaultThreshold;

  ViolationRule(int defaultThreshold) {
    this.defaultThreshold = defaultThreshold;
  }

  /** The setting a county has until it changes it. */
  public RuleSetting defaults() {
    return new RuleSetting(this, true, defaultThreshold);
  }

  /** The rule of this name, or empty when there is none. */
  public static java.util.Optional<ViolationRule> of(String name) {
    for (ViolationRule r : values()) {
      if (r.name().equals(name)) {
        return java.util.Optional.of(r);
      }
    }
    return java.util.Optional.empty();
  }
}
