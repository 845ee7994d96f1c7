package cn.yangguang.kernel.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * A delivered event.
 *
 * @param position its place in commit order (increasing, with gaps)
 * @param tenantId the tenant it concerns
 * @param id its id, for idempotent consumers
 * @param type e.g. {@code clock.level-changed}
 * @param subjectType what kind of thing changed
 * @param subjectId which one
 * @param payloadJson the details, a JSON object
 * @param occurredAt when the change happened
 */
public record OutboxEvent(
    long position,
    UUID tenantId,
    UUID id,
    String type,
    String subjectType,
    String subjectId,
    String payloadJson,
    Instant occurredAt) {}
