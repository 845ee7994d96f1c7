package cn.yangguang.casework.infrastructure;

import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseEvent;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.Channel;
import cn.yangguang.casework.domain.ProcessTemplate;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.kernel.privacy.FieldKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link CaseRepository} on {@code yg.case_*}. The applicant's ID number and phone are stored
 * SM4-encrypted with the county's key ({@link FieldKeys}, ADR 0011) and decrypted on load.
 */
@ApplicationScoped
public class JdbcCaseRepository implements CaseRepository {

  private static final String COLUMNS =
      "id, tenant_id, case_number, query_code_hash, item_key, item_version, item_version_id, item_name,"
          + " department_code, template, status, channel, applicant_kind, applicant_name,"
          + " applicant_id_number, applicant_phone, applicant_user_id, submitted_by,"
          + " idempotency_key, received_at, receipt_at, accepted_at, deemed_accepted, decided_at,"
          + " completed_at, supplement_notices, outcome_reason, fee_standard, fee_charged,"
          + " fee_flagged, paused, process_instance_id, acceptance_clock_id, decision_clock_id,"
          + " version";

  @Inject ContainerResources resources;
  @Inject FieldKeys keys;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public void add(CaseFile c) {
    CaseFile.Row r = c.row();
    var cipher = keys.cipher();
    sql()
        .update(
            "INSERT INTO yg.case_file ("
                + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
            r.id(),
            r.tenantId(),
            r.number(),
            r.queryCodeHash(),
            r.itemKey(),
            r.itemVersion(),
            r.itemVersionId(),
            r.itemName(),
            r.departmentCode(),
            r.template(),
            r.status(),
            r.channel(),
            r.applicant().kind(),
            r.applicant().name(),
            cipher.encrypt(r.tenantId(), r.applicant().idNumber()),
            cipher.encrypt(r.tenantId(), r.applicant().phone()),
            r.applicantUserId(),
            r.submittedBy(),
            r.idempotencyKey(),
            r.receivedAt(),
            r.receiptAt(),
            r.acceptedAt(),
            r.deemedAccepted(),
            r.decidedAt(),
            r.completedAt(),
            r.supplementNotices(),
            r.outcomeReason(),
            r.feeStandard(),
            r.feeCharged(),
            r.feeFlagged(),
            r.paused(),
            r.processInstanceId(),
            r.acceptanceClockId(),
            r.decisionClockId());
  }

  @Override
  public void update(CaseFile c) {
    CaseFile.Row r = c.row();
    int n =
        sql()
            .update(
                "UPDATE yg.case_file SET status = ?, receipt_at = ?, accepted_at = ?,"
                    + " deemed_accepted = ?, decided_at = ?, completed_at = ?, supplement_notices = ?,"
                    + " outcome_reason = ?, fee_standard = ?, fee_charged = ?, fee_flagged = ?,"
                    + " paused = ?, process_instance_id = ?, acceptance_clock_id = ?,"
                    + " decision_clock_id = ?, version = version + 1 WHERE id = ? AND version = ?",
                r.status(),
                r.receiptAt(),
                r.acceptedAt(),
                r.deemedAccepted(),
                r.decidedAt(),
                r.completedAt(),
                r.supplementNotices(),
                r.outcomeReason(),
                r.feeStandard(),
                r.feeCharged(),
                r.feeFlagged(),
                r.paused(),
                r.processInstanceId(),
                r.acceptanceClockId(),
                r.decisionClockId(),
                r.id(),
                r.version());
    if (n != 1) {
      throw CaseRejectedException.conflict(
          "version", "the case was changed by someone else meanwhile; reload it and try again");
    }
  }

  @Override
  public Optional<CaseFile> find(UUID id) {
    return sql().one("SELECT " + COLUMNS + " FROM yg.case_file WHERE id = ?", this::map, id);
  }

  @Override
  public Optional<CaseFile> findBySubmission(String submittedBy, String idempotencyKey) {
    return sql()
        .one(
            "SELECT "
                + COLUMNS
                + " FROM yg.case_file WHERE submitted_by = ? AND idempotency_key = ?",
            this::map,
            submittedBy,
            idempotencyKey);
  }

  @Override
  public Optional<CaseFile> findByNumber(String number) {
    return sql()
        .one("SELECT " + COLUMNS + " FROM yg.case_file WHERE case_number = ?", this::map, number);
  }

  @Override
  public List<CaseFile> byApplicant(UUID userId, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.case_file WHERE applicant_user_id = ? ORDER BY received_at DESC LIMIT ?",
            this::map,
            userId,
            limit);
  }

  @Override
  public List<CaseFile> list(CaseStatus status, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.case_file WHERE (?::text IS NULL OR status = ?::text)"
                + " ORDER BY received_at DESC LIMIT ?",
            this::map,
            status == null ? null : status.name(),
            status == null ? null : status.name(),
            limit);
  }

  @Override
  public long nextSerial() {
    return sql().one("SELECT nextval('yg.case_serial')", rs -> rs.getLong(1)).orElseThrow();
  }

  @Override
  public void addMaterials(UUID caseId, List<Material> materials) {
    for (Material m : materials) {
      sql()
          .update(
              "INSERT INTO yg.case_material (tenant_id, case_id, position, name, file_id, added_at)"
                  + " VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?)",
              caseId,
              m.position(),
              m.name(),
              m.fileId(),
              m.addedAt());
    }
  }

  @Override
  public List<Material> materials(UUID caseId) {
    return sql()
        .list(
            "SELECT position, name, file_id, added_at FROM yg.case_material WHERE case_id = ?"
                + " ORDER BY position",
            rs ->
                new Material(
                    rs.getInt("position"),
                    rs.getString("name"),
                    rs.getObject("file_id", UUID.class),
                    Sql.instant(rs, "added_at")),
            caseId);
  }

  @Override
  public void addEvent(UUID caseId, CaseEvent e) {
    sql()
        .update(
            "INSERT INTO yg.case_event (tenant_id, case_id, seq, at, kind, status, actor, note)"
                + " SELECT current_setting('app.tenant_id')::uuid, ?, COALESCE(max(seq), 0) + 1,"
                + " ?, ?, ?, ?, ? FROM yg.case_event WHERE case_id = ?",
            caseId,
            e.at(),
            e.kind(),
            e.status(),
            e.actor(),
            e.note(),
            caseId);
  }

  @Override
  public List<CaseEvent> events(UUID caseId) {
    return sql()
        .list(
            "SELECT seq, at, kind, status, actor, note FROM yg.case_event WHERE case_id = ?"
                + " ORDER BY seq",
            rs ->
                new CaseEvent(
                    rs.getInt("seq"),
                    Sql.instant(rs, "at"),
                    rs.getString("kind"),
                    CaseStatus.valueOf(rs.getString("status")),
                    rs.getString("actor"),
                    rs.getString("note")),
            caseId);
  }

  @Override
  public void recordUpload(UUID fileId, String uploadedBy, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.case_upload (tenant_id, file_id, uploaded_by, uploaded_at)"
                + " VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, file_id) DO NOTHING",
            fileId,
            uploadedBy,
            at);
  }

  @Override
  public Optional<String> uploader(UUID fileId) {
    return sql()
        .one(
            "SELECT uploaded_by FROM yg.case_upload WHERE file_id = ?",
            rs -> rs.getString(1),
            fileId);
  }

  @Override
  public int countLookupFailure(String clientKey, Instant windowStart) {
    return sql()
        .one(
            "INSERT INTO yg.case_lookup_failure (tenant_id, client_key, window_start, failures)"
                + " VALUES (current_setting('app.tenant_id')::uuid, ?, ?, 1)"
                + " ON CONFLICT (tenant_id, client_key, window_start) DO UPDATE SET failures ="
                + " yg.case_lookup_failure.failures + 1 RETURNING failures",
            rs -> rs.getInt(1),
            clientKey,
            windowStart)
        .orElseThrow();
  }

  @Override
  public int lookupFailures(String clientKey, Instant windowStart) {
    return sql()
        .one(
            "SELECT failures FROM yg.case_lookup_failure WHERE client_key = ? AND window_start = ?",
            rs -> rs.getInt(1),
            clientKey,
            windowStart)
        .orElse(0);
  }

  private CaseFile map(ResultSet rs) throws SQLException {
    UUID tenant = rs.getObject("tenant_id", UUID.class);
    var cipher = keys.cipher();
    return new CaseFile(
        new CaseFile.Row(
            rs.getObject("id", UUID.class),
            tenant,
            rs.getString("case_number"),
            rs.getString("query_code_hash"),
            rs.getString("item_key"),
            rs.getInt("item_version"),
            rs.getObject("item_version_id", UUID.class),
            rs.getString("item_name"),
            rs.getString("department_code"),
            ProcessTemplate.valueOf(rs.getString("template")),
            CaseStatus.valueOf(rs.getString("status")),
            Channel.valueOf(rs.getString("channel")),
            new Applicant(
                rs.getString("applicant_kind"),
                rs.getString("applicant_name"),
                cipher.decrypt(tenant, rs.getString("applicant_id_number")),
                cipher.decrypt(tenant, rs.getString("applicant_phone"))),
            rs.getObject("applicant_user_id", UUID.class),
            rs.getString("submitted_by"),
            rs.getString("idempotency_key"),
            Sql.instant(rs, "received_at"),
            Sql.instant(rs, "receipt_at"),
            Sql.instant(rs, "accepted_at"),
            rs.getBoolean("deemed_accepted"),
            Sql.instant(rs, "decided_at"),
            Sql.instant(rs, "completed_at"),
            rs.getInt("supplement_notices"),
            rs.getString("outcome_reason"),
            rs.getBigDecimal("fee_standard"),
            rs.getBigDecimal("fee_charged"),
            rs.getBoolean("fee_flagged"),
            rs.getBoolean("paused"),
            rs.getString("process_instance_id"),
            rs.getObject("acceptance_clock_id", UUID.class),
            rs.getObject("decision_clock_id", UUID.class),
            rs.getInt("version")));
  }
}
