package cn.yangguang.supervision.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A county's settings of every rule: its own where it set them, the defaults elsewhere. */
public final class RuleSettings {

  private final Map<ViolationRule, RuleSetting> settings = new EnumMap<>(ViolationRule.class);

  /** The defaults overlaid with the county's own settings. */
  public RuleSettings(List<RuleSetting> own) {
    for (ViolationRule r : ViolationRule.values()) {
      settings.put(r, r.defaults());
    }
    own.forEach(s -> settings.put(s.rule(), s));
  }

  /** The defaults of every rule. */
  public static RuleSettings defaults() {
    return new RuleSettings(List.of());
  }

  public RuleSetting of(ViolationRule rule) {
    return settings.get(rule);
  }

  public boolean enabled(ViolationRule rule) {
    return settings.get(rule).enabled();
  }

  public int threshold(ViolationRule rule) {
    return settings.get(rule).threshold();
  }

  /** Every rule's setting, in the rules' order. */
  public List<RuleSetting> all() {
    return List.copyOf(settings.values());
  }
}
