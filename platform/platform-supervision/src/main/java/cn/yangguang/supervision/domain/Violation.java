package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A recorded violation: a rule's hit with its evidence, and what the supervisor made of it.
 *
 * @param status OPEN until a supervisor confirms or dismisses it
 */
public record Violation(
    UUID id,
    ViolationRule rule,
    String subjectKey,
    UUID caseId,
    String caseNumber,
    String departmentCode,
    String step,
    Integer riskLevel,
    Map<String, String> evidence,
    List<String> eventIds,
    Instant detectedAt,
    Instant occurredAt,
    Status status,
    String handledBy,
    Instant handledAt,
    String handledNote) {

  /** What a supervisor made of a violation. */
  public enum Status {
    OPEN,
    CONFIRMED,
    DISMISSED
  }

  /** A new, open violation from a hit. */
  public static Violation of(Hit h, UUID id, Instant now) {
    return new Violation(
        id,
        h.rule(),
        h.subjectKey(),
        h.caseId(),
        h.caseNumber(),
        h.departmentCode(),
        h.step(),
        h.riskLevel(),
        h.evidence(),
        h.eventIds(),
        now,
        h.occurredAt(),
        Status.OPEN,
        null,
        null,
        null);
  }
}
