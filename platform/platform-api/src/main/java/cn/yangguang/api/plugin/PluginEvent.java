package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.time.Instant;
import java.util.UUID;

/**
 * An event delivered to an {@link EventListener}.
 *
 * @param tenant the county it concerns
 * @param id its id: use it to make handling idempotent
 * @param type e.g. {@code hello-county.greeting-added}
 * @param subjectType what kind of thing changed (a plugin's events: the plugin's id)
 * @param subjectId which one
 * @param payloadJson the details, a JSON object
 * @param occurredAt when the change happened
 */
public record PluginEvent(
    TenantRef tenant,
    UUID id,
    String type,
    String subjectType,
    String subjectId,
    String payloadJson,
    Instant occurredAt) {}
