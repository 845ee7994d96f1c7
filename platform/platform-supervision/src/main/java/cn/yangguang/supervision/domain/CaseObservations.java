package cn.yangguang.supervision.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The port through which supervision reads casework's records (cases, their history, clocks, fees),
 * read-only, inside the county's transaction. Casework knows nothing of it.
 */
public interface CaseObservations {

  /** One case's facts, or empty when the county has no such case. */
  Optional<CaseFacts> facts(UUID caseId);

  /**
   * The cases showing any sign a rule looks for (an overdue or late clock, a flagged fee, more than
   * one supplement notice, a registration long after receipt, a decision soon after registration),
   * at most {@code limit}, most recent first.
   */
  List<UUID> suspects(int limit);

  /** The case whose clock this is, or empty. */
  Optional<UUID> caseOfClock(UUID clockId);

  /** The case of this number, or empty. */
  Optional<UUID> caseOfNumber(String caseNumber);

  /** What a rating needs to know of the case, or empty. */
  Optional<RatableCase> ratable(UUID caseId);
}
