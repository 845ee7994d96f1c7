package cn.yangguang.api.plugin;

import cn.yangguang.api.tenant.TenantRef;
import java.util.UUID;

/**
 * The platform's event outbox. An event is written in the caller's county transaction: it exists if
 * and only if that transaction commits, and every node sees it in commit order.
 *
 * <p>Thread-safe. Call it inside {@link PluginData#inTenant} or a plugin route (which runs in the
 * county's transaction).
 */
public interface PluginEvents {

  /**
   * Publishes one event. The type is prefixed with the plugin's id ({@code hello.greeting-added})
   * so that plugins cannot forge the core's events.
   *
   * @param tenant the county, not null
   * @param type the event's type within the plugin, not null
   * @param subjectId what the event is about, not null
   * @param payloadJson a JSON object, or null for {@code {}}
   * @return the event's id
   * @throws IllegalStateException outside a transaction of {@code tenant}
   */
  UUID publish(TenantRef tenant, String type, String subjectId, String payloadJson);
}
