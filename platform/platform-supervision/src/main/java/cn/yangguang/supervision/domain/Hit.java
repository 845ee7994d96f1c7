package cn.yangguang.supervision.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One hit of a rule, before it is recorded.
 *
 * @param subjectKey what makes it one violation: recorded once per rule and key
 * @param step the process step concerned, or null
 * @param riskLevel the level of the risk point on that step (1 highest), or null
 * @param occurredAt when it happened (the deadline, the charge, the entry)
 * @param evidence what shows it, by name (case number, clock, expected, actual, ...)
 * @param eventIds the events that showed it (outbox event ids, or {@code case-event:<seq>})
 */
public record Hit(
    ViolationRule rule,
    String subjectKey,
    UUID caseId,
    String caseNumber,
    String departmentCode,
    String step,
    Integer riskLevel,
    Instant occurredAt,
    Map<String, String> evidence,
    List<String> eventIds) {

  public Hit {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subjectKey, "subjectKey");
    Objects.requireNonNull(occurredAt, "occurredAt");
    evidence = Map.copyOf(evidence);
    eventIds = List.copyOf(eventIds);
  }
}
