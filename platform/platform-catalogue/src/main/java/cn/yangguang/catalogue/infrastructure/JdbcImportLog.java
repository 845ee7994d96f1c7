package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.catalogue.application.ImportLog;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

/**
 * {@link ImportLog} on {@code yg.catalogue_import}, each entry in a county transaction of its own
 * (called outside the import's transaction), so the report of a rejected import stays.
 */
@ApplicationScoped
public class JdbcImportLog implements ImportLog {

  @Inject ContainerResources resources;
  @Inject TenantTransactions transactions;
  @Inject PlatformClock clock;

  @Override
  public UUID started(TenantRef tenant, String fileName, int rows, String actor) {
    UUID id = UUID.randomUUID();
    write(
        tenant,
        "INSERT INTO yg.catalogue_import (tenant_id, id, file_name, status, total_rows, done_rows,"
            + " problems, started_at, started_by) VALUES (current_setting('app.tenant_id')::uuid,"
            + " ?, ?, 'RUNNING', ?, 0, '[]'::jsonb, ?, ?)",
        id,
        fileName.length() > 200 ? fileName.substring(0, 200) : fileName,
        rows,
        Timestamp.from(clock.now()),
        actor);
    return id;
  }

  @Override
  public void rejected(TenantRef tenant, UUID id, List<RowProblem> problems) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    problems.stream()
        .limit(1000)
        .forEach(
            p ->
                list.add(
                    Json.createObjectBuilder()
                        .add("row", p.row())
                        .add("column", p.column() == null ? "" : p.column())
                        .add("reason", p.reason())));
    write(
        tenant,
        "UPDATE yg.catalogue_import SET status = 'REJECTED', problems = ?::jsonb, finished_at = ?"
            + " WHERE id = ?",
        list.build().toString(),
        Timestamp.from(clock.now()),
        id);
  }

  @Override
  public void applied(TenantRef tenant, UUID id, int rows) {
    write(
        tenant,
        "UPDATE yg.catalogue_import SET status = 'APPLIED', done_rows = ?, finished_at = ?"
            + " WHERE id = ?",
        rows,
        Timestamp.from(clock.now()),
        id);
  }

  private void write(TenantRef tenant, String sql, Object... params) {
    transactions.run(
        tenant,
        () -> {
          try (Connection c = resources.appDataSource().getConnection();
              PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
          } catch (SQLException e) {
            throw new IllegalStateException("import log failed: " + e.getMessage(), e);
          }
        });
  }
}
