package cn.yangguang.plugins.application;

import cn.yangguang.api.plugin.PluginAudit;
import cn.yangguang.api.plugin.PluginClocks;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginData;
import cn.yangguang.api.plugin.PluginDataException;
import cn.yangguang.api.plugin.PluginEvents;
import cn.yangguang.api.plugin.PluginPrivacy;
import cn.yangguang.api.plugin.PluginSettings;
import cn.yangguang.api.storage.FileStore;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.privacy.PersonalData;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.plugins.domain.PluginSchemaMigrator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
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
  @Inject ClockService clockService;
  @Inject AuditTrail auditTrail;

  private static final PluginPrivacy PRIVACY =
      new PluginPrivacy() {
        @Override
        public String maskPhone(String phone) {
          return PersonalData.maskPhone(phone);
        }

        @Override
        public String maskIdNumber(String idNumber) {
          return PersonalData.maskIdNumber(idNumber);
        }

        @Override
        public String maskText(String text) {
          return PersonalData.maskText(text);
        }
      };

  /** The context of one plugin. */
  public PluginContext contextFor(String pluginId) {
    PluginData data = new TenantData();
    PluginEvents events =
        (tenant, type, subjectId, payloadJson) ->
            publish(pluginId, tenant, type, subjectId, payload(payloadJson));
    PluginAudit audit =
        (tenant, actor, role, subjectId, action, summaryJson) -> {
          Objects.requireNonNull(actor, "actor");
          Objects.requireNonNull(subjectId, "subjectId");
          Objects.requireNonNull(action, "action");
          return auditTrail.record(
              tenant,
              actor,
              role,
              pluginId,
              subjectId,
              pluginId + "." + action,
              PersonalData.maskText(payload(summaryJson)));
        };
    return new Context(
        pluginId,
        PluginSchemaMigrator.schemaOf(pluginId),
        clock,
        files,
        data,
        events,
        new PluginClockAdapter(pluginId, clockService, clock),
        tenant -> settings(pluginId, tenant),
        audit,
        PRIVACY);
  }

  /** The county manifest's settings of the plugin, as the manifest loader stored them. */
  private Map<String, String> settings(String pluginId, TenantRef tenant) {
    Objects.requireNonNull(tenant, "tenant");
    return new TenantData()
        .inTenant(
            tenant,
            c -> {
              Map<String, String> out = new LinkedHashMap<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT s.key, s.value #>> '{}' FROM yg.tenant_plugin p,"
                          + " jsonb_each(p.settings) s WHERE p.plugin_id = ? ORDER BY s.key")) {
                ps.setString(1, pluginId);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    out.put(rs.getString(1), rs.getString(2));
                  }
                }
              }
              return Collections.unmodifiableMap(out);
            });
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
      PluginEvents events,
      PluginClocks clocks,
      PluginSettings settings,
      PluginAudit audit,
      PluginPrivacy privacy)
      implements PluginContext {}
}
