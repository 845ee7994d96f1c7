package cn.yangguang.kernel.audit;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Records operator actions in {@code yg.operator_audit}, inside the caller's transaction so that
 * the action and its record commit or roll back together.
 */
@ApplicationScoped
public class OperatorAudit {

  @Inject ContainerResources resources;

  @Inject PlatformClock clock;

  /**
   * Appends one entry.
   *
   * @param actor who acted (an operator's name, or {@code system:<job>})
   * @param action a stable verb such as {@code tenant.onboard}
   * @param tenantId the tenant concerned, or null for platform-wide actions
   * @param subject what was acted on, for people
   * @param detailJson a JSON object with the specifics
   */
  public void record(
      String actor, String action, UUID tenantId, String subject, String detailJson) {
    try (Connection c = resources.appDataSource().getConnection()) {
      record(c, actor, action, tenantId, subject, detailJson);
    } catch (SQLException e) {
      throw new IllegalStateException("could not write the operator audit: " + e.getMessage(), e);
    }
  }

  /** Appends one entry on the given connection (for work that manages its own JDBC transaction). */
  public void record(
      Connection c, String actor, String action, UUID tenantId, String subject, String detailJson)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO yg.operator_audit (occurred_at, actor, action, subject_tenant_id, subject, detail)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb)")) {
      ps.setTimestamp(1, Timestamp.from(clock.now()));
      ps.setString(2, actor);
      ps.setString(3, action);
      ps.setObject(4, tenantId);
      ps.setString(5, subject);
      ps.setString(6, detailJson == null ? "{}" : detailJson);
      ps.executeUpdate();
    }
  }
}
