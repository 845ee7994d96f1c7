package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.CaseFacts;
import cn.yangguang.supervision.domain.CaseObservations;
import cn.yangguang.supervision.domain.RatableCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads casework's tables ({@code yg.case_file}, {@code yg.case_event}, {@code yg.clock}) and the
 * audit trail read-only: the one place supervision knows casework's schema (ADR 0049). A case's
 * registration time is its first audit entry, written at the platform's time whatever receipt time
 * the case claims.
 */
@ApplicationScoped
public class JdbcCaseObservations implements CaseObservations {

  /** Overdue or late clocks, flagged fees, repeated notices, and decisions: what rules look at. */
  private static final String SUSPECTS =
      """
      SELECT f.id FROM yg.case_file f
       WHERE f.fee_flagged OR f.supplement_notices > 1 OR f.decided_at IS NOT NULL
          OR f.status IN ('REFUSED', 'COMPLETED')
          OR EXISTS (SELECT 1 FROM yg.clock k WHERE k.tenant_id = f.tenant_id AND k.subject_type = 'case'
                        AND k.subject_id = f.id::text
                        AND (k.level = 'OVERDUE' OR (k.status = 'COMPLETED' AND k.on_time = false)))
          OR EXISTS (SELECT 1 FROM yg.audit_entry a WHERE a.tenant_id = f.tenant_id AND a.subject_type = 'case'
                        AND a.subject_id = f.id::text AND a.action = 'case.received'
                        AND a.occurred_at > f.received_at + interval '1 hour')
          OR (SELECT count(*) FROM yg.case_event e WHERE e.tenant_id = f.tenant_id AND e.case_id = f.id
                 AND e.kind = 'supplement-requested') > 1
          OR EXISTS (SELECT 1 FROM yg.case_event e WHERE e.tenant_id = f.tenant_id AND e.case_id = f.id
                        AND e.kind IN ('approved', 'rejected', 'refused', 'completed'))
       ORDER BY f.received_at DESC LIMIT ?
      """;

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public Optional<CaseFacts> facts(UUID caseId) {
    Sql sql = sql();
    List<CaseFacts.JournalEntry> journal =
        sql.list(
            "SELECT seq, at, kind, actor, note FROM yg.case_event WHERE case_id = ? ORDER BY seq",
            rs ->
                new CaseFacts.JournalEntry(
                    rs.getInt("seq"),
                    Sql.instant(rs, "at"),
                    rs.getString("kind"),
                    rs.getString("actor"),
                    rs.getString("note")),
            caseId);
    List<CaseFacts.ClockFact> clocks =
        sql.list(
            "SELECT id, step, level, status, due_at, completed_at, on_time FROM yg.clock"
                + " WHERE subject_type = 'case' AND subject_id = ? ORDER BY created_at",
            rs ->
                new CaseFacts.ClockFact(
                    rs.getObject("id", UUID.class),
                    rs.getString("step"),
                    rs.getString("level"),
                    rs.getString("status"),
                    Sql.instant(rs, "due_at"),
                    Sql.instant(rs, "completed_at"),
                    (Boolean) rs.getObject("on_time")),
            caseId.toString());
    return sql.one(
        "SELECT f.id, f.case_number, f.item_key, f.department_code, f.template, f.status,"
            + " f.received_at, f.fee_standard, f.fee_charged, f.fee_flagged,"
            + " (SELECT min(a.occurred_at) FROM yg.audit_entry a WHERE a.subject_type = 'case'"
            + "   AND a.subject_id = f.id::text) AS registered_at,"
            + " (SELECT i.fields #>> '{fee,standard}' FROM yg.catalogue_item i"
            + "   WHERE i.id = f.item_version_id) AS fee_rule"
            + " FROM yg.case_file f WHERE f.id = ?",
        rs ->
            new CaseFacts(
                rs.getObject("id", UUID.class),
                rs.getString("case_number"),
                rs.getString("item_key"),
                rs.getString("department_code"),
                rs.getString("template"),
                rs.getString("status"),
                Sql.instant(rs, "received_at"),
                Sql.instant(rs, "registered_at"),
                rs.getString("fee_rule"),
                rs.getBigDecimal("fee_standard"),
                rs.getBigDecimal("fee_charged"),
                rs.getBoolean("fee_flagged"),
                journal,
                clocks),
        caseId);
  }

  @Override
  public List<UUID> suspects(int limit) {
    return sql().list(SUSPECTS, rs -> rs.getObject(1, UUID.class), limit);
  }

  @Override
  public Optional<UUID> caseOfClock(UUID clockId) {
    return sql()
        .one(
            "SELECT subject_id FROM yg.clock WHERE id = ? AND subject_type = 'case'",
            rs -> UUID.fromString(rs.getString(1)),
            clockId);
  }

  @Override
  public Optional<UUID> caseOfNumber(String caseNumber) {
    return sql()
        .one(
            "SELECT id FROM yg.case_file WHERE case_number = ?",
            rs -> rs.getObject(1, UUID.class),
            caseNumber);
  }

  @Override
  public Optional<RatableCase> ratable(UUID caseId) {
    return sql()
        .one(
            "SELECT f.id, f.case_number, f.department_code, f.status, f.applicant_user_id,"
                + " (SELECT w.post_code FROM yg.work_item w WHERE w.case_id = f.id AND w.step = 'accept'"
                + "   ORDER BY w.created_at LIMIT 1) AS window_code"
                + " FROM yg.case_file f WHERE f.id = ?",
            rs ->
                new RatableCase(
                    rs.getObject("id", UUID.class),
                    rs.getString("case_number"),
                    rs.getString("department_code"),
                    rs.getString("status"),
                    rs.getObject("applicant_user_id", UUID.class),
                    rs.getString("window_code")),
            caseId);
  }
}
