package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.Complaint;
import cn.yangguang.supervision.domain.ComplaintRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ComplaintRepository} on {@code yg.supervision_complaint}; the unique (channel, source) key
 * keeps a hotline ticket delivered twice as one complaint.
 */
@ApplicationScoped
public class JdbcComplaintRepository implements ComplaintRepository {

  private static final String COLUMNS =
      "id, complaint_number, channel, source_ref, author_user_id, author_name, department_code,"
          + " case_number, summary, received_at, clock_id, status, outcome, outcome_note,"
          + " concluded_by, concluded_at";

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public boolean add(Complaint c) {
    return sql()
            .update(
                "INSERT INTO yg.supervision_complaint (tenant_id, id, complaint_number, channel,"
                    + " source_ref, author_user_id, author_name, department_code, case_number, summary,"
                    + " received_at, clock_id, status) VALUES (current_setting('app.tenant_id')::uuid,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')"
                    + " ON CONFLICT (tenant_id, channel, source_ref) DO NOTHING",
                c.id(),
                c.number(),
                c.channel(),
                c.sourceRef(),
                c.authorUserId(),
                c.authorName(),
                c.departmentCode(),
                c.caseNumber(),
                c.summary(),
                c.receivedAt(),
                c.clockId())
        == 1;
  }

  @Override
  public String nextNumber(String prefix) {
    long n =
        sql().one("SELECT nextval('yg.supervision_number')", rs -> rs.getLong(1)).orElseThrow();
    return prefix + String.format("%05d", n % 100_000);
  }

  @Override
  public Optional<Complaint> find(UUID id) {
    return sql()
        .one(
            "SELECT " + COLUMNS + " FROM yg.supervision_complaint WHERE id = ?",
            JdbcComplaintRepository::map,
            id);
  }

  @Override
  public List<Complaint> list(Complaint.Status status, int limit) {
    String s = status == null ? null : status.name();
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.supervision_complaint WHERE (?::text IS NULL OR status = ?)"
                + " ORDER BY received_at DESC, id LIMIT ?",
            JdbcComplaintRepository::map,
            s,
            s,
            limit);
  }

  @Override
  public List<Complaint> byAuthor(UUID userId, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.supervision_complaint WHERE author_user_id = ?"
                + " ORDER BY received_at DESC, id LIMIT ?",
            JdbcComplaintRepository::map,
            userId,
            limit);
  }

  @Override
  public boolean conclude(UUID id, Complaint.Outcome outcome, String note, String by, Instant at) {
    return sql()
            .update(
                "UPDATE yg.supervision_complaint SET status = 'CONCLUDED', outcome = ?,"
                    + " outcome_note = ?, concluded_by = ?, concluded_at = ?"
                    + " WHERE id = ? AND status = 'OPEN'",
                outcome,
                note,
                by,
                at,
                id)
        == 1;
  }

  private static Complaint map(ResultSet rs) throws SQLException {
    String outcome = rs.getString("outcome");
    return new Complaint(
        rs.getObject("id", UUID.class),
        rs.getString("complaint_number"),
        Complaint.Channel.valueOf(rs.getString("channel")),
        rs.getString("source_ref"),
        rs.getObject("author_user_id", UUID.class),
        rs.getString("author_name"),
        rs.getString("department_code"),
        rs.getString("case_number"),
        rs.getString("summary"),
        Sql.instant(rs, "received_at"),
        rs.getObject("clock_id", UUID.class),
        Complaint.Status.valueOf(rs.getString("status")),
        outcome == null ? null : Complaint.Outcome.valueOf(outcome),
        rs.getString("outcome_note"),
        rs.getString("concluded_by"),
        Sql.instant(rs, "concluded_at"));
  }
}
