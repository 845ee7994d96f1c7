package cn.yangguang.kernel.outbox;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.UUID;

/**
 * Publishes domain events: a row in {@code yg.outbox_event}, written in the caller's tenant
 * transaction. The event exists if and only if the change commits; its commit-order position is
 * assigned at commit.
 */
@ApplicationScoped
public class Outbox {

  @Inject ContainerResources resources;
  @Inject TenantTransactions transactions;
  @Inject PlatformClock clock;

  /**
   * Publishes one event.
   *
   * @throws IllegalStateException outside a transaction of {@code tenant}
   */
  public UUID publish(
      TenantRef tenant, String type, String subjectType, String subjectId, String payloadJson) {
    transactions.requireCurrent(tenant, "publishing an event");
    UUID id = UUID.randomUUID();
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.outbox_event (tenant_id, id, occurred_at, type, subject_type, subject_id, payload)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?::jsonb)")) {
      ps.setObject(1, tenant.id());
      ps.setObject(2, id);
      ps.setTimestamp(3, Timestamp.from(clock.now()));
      ps.setString(4, type);
      ps.setString(5, subjectType);
      ps.setString(6, subjectId);
      ps.setString(7, payloadJson == null ? "{}" : payloadJson);
      ps.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("could not publish " + type + ": " + e.getMessage(), e);
    }
  }
}
