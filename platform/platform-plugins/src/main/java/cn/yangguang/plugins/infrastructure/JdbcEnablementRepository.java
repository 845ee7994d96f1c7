package cn.yangguang.plugins.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.plugins.domain.EnablementRepository;
import cn.yangguang.plugins.domain.PluginEnablement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link EnablementRepository} on {@code yg.plugin_enablement}. */
@ApplicationScoped
public class JdbcEnablementRepository implements EnablementRepository {

  private static final String COLUMNS = "tenant_id, plugin_id, enabled, changed_at, changed_by";

  @Inject ContainerResources resources;
  @Inject TenantTransactions transactions;

  @Override
  public Optional<PluginEnablement> find(TenantRef tenant, String pluginId) {
    return select(tenant, " AND plugin_id = ?", pluginId).stream().findFirst();
  }

  @Override
  public List<PluginEnablement> all(TenantRef tenant) {
    return select(tenant, "", null);
  }

  private List<PluginEnablement> select(TenantRef tenant, String andWhere, String pluginId) {
    transactions.requireCurrent(tenant, "reading plugin enablement");
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + COLUMNS
                    + " FROM yg.plugin_enablement WHERE tenant_id = ?"
                    + andWhere
                    + " ORDER BY plugin_id")) {
      ps.setObject(1, tenant.id());
      if (pluginId != null) {
        ps.setString(2, pluginId);
      }
      List<PluginEnablement> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(row(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read plugin enablement: " + e.getMessage(), e);
    }
  }

  @Override
  public void save(TenantRef tenant, PluginEnablement e) {
    transactions.requireCurrent(tenant, "changing plugin enablement");
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.plugin_enablement ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, plugin_id) DO UPDATE SET"
                    + " enabled = EXCLUDED.enabled, changed_at = EXCLUDED.changed_at,"
                    + " changed_by = EXCLUDED.changed_by")) {
      ps.setObject(1, tenant.id());
      ps.setString(2, e.pluginId());
      ps.setBoolean(3, e.enabled());
      ps.setTimestamp(4, Timestamp.from(e.changedAt()));
      ps.setString(5, e.changedBy());
      ps.executeUpdate();
    } catch (SQLException ex) {
      throw new IllegalStateException("could not save plugin enablement: " + ex.getMessage(), ex);
    }
  }

  private static PluginEnablement row(ResultSet rs) throws SQLException {
    return new PluginEnablement(
        rs.getObject("tenant_id", UUID.class),
        rs.getString("plugin_id"),
        rs.getBoolean("enabled"),
        rs.getTimestamp("changed_at").toInstant(),
        rs.getString("changed_by"));
  }
}
