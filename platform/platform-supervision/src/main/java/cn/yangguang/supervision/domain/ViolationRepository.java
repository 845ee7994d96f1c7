package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The county's violations; every method runs inside its tenant transaction. */
public interface ViolationRepository {

  /** Records it unless the rule already hit this subject; true when it was new. */
  boolean addOnce(Violation v);

  Optional<Violation> find(UUID id);

  /**
   * The most recent first.
   *
   * @param rule only this rule, or null
   * @param status only this status, or null
   */
  List<Violation> list(ViolationRule rule, Violation.Status status, int limit);

  /** Sets what the supervisor decided; false when it was no longer open. */
  boolean handle(UUID id, Violation.Status status, String by, Instant at, String note);

  /** Open violations by rule, for dashboards. */
  java.util.Map<ViolationRule, Integer> openByRule();

  /** The county's rule settings that differ from the defaults. */
  List<RuleSetting> settings();

  void saveSetting(RuleSetting s, String by, Instant at);
}
