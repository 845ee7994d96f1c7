package cn.yangguang.kernel.audit;

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
 * Appends staff actions to the tenant's audit trail ({@code yg.audit_entry}) in the caller's tenant
 * transaction, so the action and its record commit together. Entries are chained later by the
 * system's chainer; appending never waits for other writers.
 */
@ApplicationScoped
public class AuditTrail {

  @Inject ContainerResources resources;
  @Inject TenantTransactions transactions;
  @Inject PlatformClock clock;

  /**
   * Appends one entry.
   *
   * @param actor who acted (a user name, or {@code system:<job>})
   * @param role the role the actor acted in, or null
   * @param subjectType what kind of thing (case, clock, document, ...)
   * @param subjectId its id, or null
   * @param action a stable verb, e.g. {@code clock.pause}
   * @param summaryJson a JSON object: what changed (before/after)
   * @throws IllegalStateException outside a transaction of {@code tenant}
   */
  public UUID record(
      TenantRef tenant,
      String actor,
      String role,
      String subjectType,
      String subjectId,
      String action,
      String summaryJson) {
    transactions.requireCurrent(tenant, "an audit entry");
    UUID id = UUID.randomUUID();
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.audit_entry (tenant_id, id, occurred_at, actor, role, subject_type, subject_id,"
                    + " action, summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)")) {
      ps.setObject(1, tenant.id());
      ps.setObject(2, id);
      ps.setTimestamp(3, Timestamp.from(clock.now()));
      ps.setString(4, actor);
      ps.setString(5, role);
      ps.setString(6, subjectType);
      ps.setString(7, subjectId);
      ps.setString(8, action);
      ps.setString(9, summaryJson == null ? "{}" : summaryJson);
      ps.executeUpdate();
      return id;
    } catch (SQLException e) {
      throw new IllegalStateException("could not append to the audit trail: " + e.getMessage(), e);
    }
  }
}
