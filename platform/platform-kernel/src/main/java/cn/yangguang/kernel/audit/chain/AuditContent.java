package cn.yangguang.kernel.audit.chain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One audit entry's content, exactly as it is hashed. The store must hand back every field
 * byte-for-byte as it was hashed: in particular {@code summaryJson} is opaque text (already JSON,
 * never re-parsed or normalised here), so it must be kept as text rather than in a column type that
 * reformats it, and {@code occurredAt} must already have the precision the store keeps.
 *
 * <p>Immutable and thread-safe.
 *
 * @param tenantId the tenant whose chain holds the entry, not null
 * @param entryId the entry's own id, not null
 * @param occurredAt when the action happened, not null
 * @param actor who acted, not null
 * @param role the role the actor acted in, or null when none applies
 * @param subjectType what kind of thing was acted on, not null
 * @param subjectId which one, or null for actions without a single subject
 * @param action a stable verb such as {@code case.accept}, not null
 * @param summaryJson the before/after summary as JSON text, not null
 */
public record AuditContent(
    UUID tenantId,
    UUID entryId,
    Instant occurredAt,
    String actor,
    String role,
    String subjectType,
    String subjectId,
    String action,
    String summaryJson) {

  /**
   * Checks the required fields.
   *
   * @param tenantId see the record component
   * @param entryId see the record component
   * @param occurredAt see the record component
   * @param actor see the record component
   * @param role see the record component
   * @param subjectType see the record component
   * @param subjectId see the record component
   * @param action see the record component
   * @param summaryJson see the record component
   * @throws NullPointerException if a field other than {@code role} or {@code subjectId} is null
   */
  public AuditContent {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(summaryJson, "summaryJson");
  }
}
