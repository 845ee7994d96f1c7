package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.OrderRepository;
import cn.yangguang.supervision.domain.SupervisionOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link OrderRepository} on {@code yg.supervision_order}, with a version check on update. */
@ApplicationScoped
public class JdbcOrderRepository implements OrderRepository {

  private static final String COLUMNS =
      "id, order_number, department_code, subject, detail, violation_id, complaint_id, reply_days,"
          + " clock_id, status, issued_by, issued_at, reply, replied_by, replied_at, replied_late,"
          + " closed_by, closed_at, close_note, version";

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public String nextNumber(String prefix) {
    long n =
        sql().one("SELECT nextval('yg.supervision_number')", rs -> rs.getLong(1)).orElseThrow();
    return prefix + String.format("%05d", n % 100_000);
  }

  @Override
  public void add(SupervisionOrder o) {
    SupervisionOrder.State s = o.state();
    sql()
        .update(
            "INSERT INTO yg.supervision_order (tenant_id, id, order_number, department_code, subject,"
                + " detail, violation_id, complaint_id, reply_days, clock_id, status, issued_by,"
                + " issued_at) VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?)",
            s.id(),
            s.number(),
            s.departmentCode(),
            s.subject(),
            s.detail(),
            s.violationId(),
            s.complaintId(),
            s.replyDays(),
            s.clockId(),
            s.status(),
            s.issuedBy(),
            s.issuedAt());
  }

  @Override
  public Optional<SupervisionOrder> find(UUID id) {
    return sql()
        .one(
            "SELECT " + COLUMNS + " FROM yg.supervision_order WHERE id = ?",
            JdbcOrderRepository::map,
            id);
  }

  @Override
  public boolean update(SupervisionOrder o) {
    SupervisionOrder.State s = o.state();
    return sql()
            .update(
                "UPDATE yg.supervision_order SET status = ?, reply = ?, replied_by = ?, replied_at = ?,"
                    + " replied_late = ?, closed_by = ?, closed_at = ?, close_note = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?",
                s.status(),
                s.reply(),
                s.repliedBy(),
                s.repliedAt(),
                s.repliedLate(),
                s.closedBy(),
                s.closedAt(),
                s.closeNote(),
                s.id(),
                s.version())
        == 1;
  }

  @Override
  public List<SupervisionOrder> list(String departmentCode, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.supervision_order WHERE (?::text IS NULL OR department_code = ?)"
                + " ORDER BY issued_at DESC, id LIMIT ?",
            JdbcOrderRepository::map,
            departmentCode,
            departmentCode,
            limit);
  }

  private static SupervisionOrder map(ResultSet rs) throws SQLException {
    return new SupervisionOrder(
        new SupervisionOrder.State(
            rs.getObject("id", UUID.class),
            rs.getString("order_number"),
            rs.getString("department_code"),
            rs.getString("subject"),
            rs.getString("detail"),
            rs.getObject("violation_id", UUID.class),
            rs.getObject("complaint_id", UUID.class),
            rs.getInt("reply_days"),
            rs.getObject("clock_id", UUID.class),
            SupervisionOrder.Status.valueOf(rs.getString("status")),
            rs.getString("issued_by"),
            Sql.instant(rs, "issued_at"),
            rs.getString("reply"),
            rs.getString("replied_by"),
            Sql.instant(rs, "replied_at"),
            (Boolean) rs.getObject("replied_late"),
            rs.getString("closed_by"),
            Sql.instant(rs, "closed_at"),
            rs.getString("close_note"),
            rs.getInt("version")));
  }
}
