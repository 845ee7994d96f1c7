package cn.yangguang.plugins.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * Whether one county has one plugin enabled, and who changed it last.
 *
 * @param tenantId the county
 * @param pluginId the plugin
 * @param enabled whether its routes, pages and jobs are active for the county
 * @param changedAt when it was last enabled or disabled
 * @param changedBy who did it (a user name, or {@code operator})
 */
public record PluginEnablement(
    UUID tenantId, String pluginId, boolean enabled, Instant changedAt, String changedBy) {}
