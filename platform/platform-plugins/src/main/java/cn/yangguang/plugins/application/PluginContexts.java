package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginData;
import cn.yangguang.api.plugin.PluginDataException;
import cn.yangguang.api.plugin.PluginEvents;
import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.plugins.domain.PluginSchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.UUID;

/**
 * Makes the {@link PluginContext} of each plugin from the kernel's services. The context holds no
 * CDI or container object a plugin could reach through it: only narrow adapters.
 */
@ApplicationScoped
public class PluginContexts {

  @Inject TenantTransactions transactions;
  @Inject ContainerResources resources;
  @Inject PlatformClock clock;
  @Inject FileStore files;
  @Inject Outbox outbox;

  /** The context of one plugin. */
  public PluginContext contextFor(String pluginId) {
    PluginData data = new TenantData();
    PluginEvents events =
        (tenant, type, subjectId, payloadJson) ->
            publish(pluginId, tenant, type, subjectId, payload(payloadJson));
    return new Context(
        pluginId, PluginSchemaMigrator.schemaOf(pluginId), clock, files, data, events);
  }

  private UUID publish(
      String pluginId, TenantRef tenant, String type, String subjectId, String payloadJson) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectId, "subjectId");
    return outbox.publish(tenant, pluginId + "." + type, pluginId, subjectId, payloadJson);
  }

  private static String payload(String json) {
    return json == null ? "{}" : json;
  }

  /** Data access through the one tenant-transaction helper. */
  private final class TenantData implements PluginData {
    @Override
    public <T> T inTenant(TenantRef tenant, SqlWork<T> work) {
      Objects.requireNonNull(tenant, "tenant");
      Objects.requireNonNull(work, "work");
      return transactions.call(
          tenant,
          () -> {
            try (Connection c = resources.appDataSource().getConnection()) {
              return work.run(c);
            } catch (SQLException e) {
              transactions.markRollbackOnly();
              throw new PluginDataException(e.getMessage(), e);
            }
          });
    }
  }

  private record Context(
      String pluginId,
      String schema,
      PlatformClock clock,
      FileStore files,
      PluginData data,
      PluginEvents events)
      implements PluginContext {}
}
