package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.disclosure.request.domain.Consultation;
import cn.yangguang.disclosure.request.domain.DisclosureRequest;
import cn.yangguang.disclosure.request.domain.FeeSchedule;
import cn.yangguang.disclosure.request.domain.Outcome;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.RequestStatus;
import cn.yangguang.disclosure.request.domain.Row;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.kernel.privacy.FieldKeys;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link RequestRepository} on {@code yg.disclosure_request*} and {@code
 * yg.disclosure_consultation}. The applicant's ID number and phone are stored SM4-encrypted with
 * the county's key, with a blind index of the ID number for the fee's monthly count (ADR 0011).
 */
@ApplicationScoped
public class JdbcRequestRepository implements RequestRepository {

  private static final String COLUMNS =
      "tenant_id, id, request_number, query_code_hash, agency_code, channel, applicant_type,"
          + " applicant_name, applicant_id_number, applicant_id_index, applicant_phone,"
          + " applicant_address, applicant_user_id, description, purpose, delivery, received_on,"
          + " submitted_at, submitted_by, status, supplement_notice_on, supplement_asked,"
          + " supplement_due_on, supplement_arrived_on, clock_start_on, extended, extension_reason,"
          + " excessive_reason, excessive_days, fee_scale, fee_amount, fee_notice_on, fee_due_on, fee_paid_on,"
          + " outcome, report_row, outcome_reason, redirect_to, closed_on, answer_clock_id,"
          + " period_clock_id, version";

  @Inject ContainerResources resources;
  @Inject FieldKeys keys;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public void add(DisclosureRequest request) {
    Row r = request.row();
    Row.Received v = r.received();
    var cipher = keys.cipher();
    Object[] received = {
      v.tenantId(),
      v.id(),
      v.number(),
      v.queryCodeHash(),
      v.agencyCode(),
      v.channel(),
      v.applicant().type(),
      v.applicant().name(),
      cipher.encrypt(v.tenantId(), v.applicant().idNumber()),
      v.applicantIndex(),
      cipher.encrypt(v.tenantId(), v.applicant().phone()),
      v.applicant().address(),
      v.applicantUserId(),
      v.description(),
      v.purpose(),
      v.delivery(),
      v.receivedOn(),
      v.submittedAt(),
      v.submittedBy()
    };
    Object[] state = state(r);
    Object[] all = java.util.Arrays.copyOf(received, received.length + state.length);
    System.arraycopy(state, 0, all, received.length, state.length);
    sql()
        .update(
            "INSERT INTO yg.disclosure_request ("
                + COLUMNS
                + ") VALUES ("
                + "?, ".repeat(all.length)
                + "0)",
            all);
  }

  @Override
  public void update(DisclosureRequest request) {
    Row r = request.row();
    int n =
        sql()
            .update(
                "UPDATE yg.disclosure_request SET status = ?, supplement_notice_on = ?,"
                    + " supplement_asked = ?, supplement_due_on = ?, supplement_arrived_on = ?,"
                    + " clock_start_on = ?, extended = ?, extension_reason = ?, excessive_reason = ?,"
                    + " excessive_days = ?,"
                    + " fee_scale = ?, fee_amount = ?, fee_notice_on = ?, fee_due_on = ?,"
                    + " fee_paid_on = ?, outcome = ?, report_row = ?, outcome_reason = ?,"
                    + " redirect_to = ?, closed_on = ?, answer_clock_id = ?, period_clock_id = ?,"
                    + " version = version + 1 WHERE id = ? AND version = ?",
                java.util.stream.Stream.concat(
                        java.util.Arrays.stream(state(r)),
                        java.util.stream.Stream.of(r.id(), r.version()))
                    .toArray());
    if (n != 1) {
      throw RequestRejected.conflict("version", "the request was changed meanwhile; reload it");
    }
    for (Consultation c : request.consultations()) {
      sql()
          .update(
              "INSERT INTO yg.disclosure_consultation (tenant_id, id, request_id, kind, party,"
                  + " sent_on, due_on, answered_on, opinion, overruled_on, clock_id) VALUES (?, ?,"
                  + " ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET"
                  + " answered_on = EXCLUDED.answered_on, opinion = EXCLUDED.opinion,"
                  + " overruled_on = EXCLUDED.overruled_on, clock_id = EXCLUDED.clock_id",
              r.received().tenantId(),
              c.id(),
              r.id(),
              c.kind(),
              c.party(),
              c.sentOn(),
              c.dueOn(),
              c.answeredOn(),
              c.opinion(),
              c.overruledOn(),
              c.clockId());
    }
  }

  /** The columns that change, in the order of {@link #COLUMNS} from {@code status} on. */
  private static Object[] state(Row r) {
    Row.Closure c = r.closure();
    return new Object[] {
      r.status(),
      r.supplement().noticeOn(),
      r.supplement().asked(),
      r.supplement().dueOn(),
      r.supplement().arrivedOn(),
      r.clockStartOn(),
      r.extended(),
      r.extensionReason(),
      r.excessiveReason(),
      r.excessiveDays(),
      r.fee().scale(),
      r.fee().amount(),
      r.fee().noticeOn(),
      r.fee().dueOn(),
      r.fee().paidOn(),
      c == null ? null : c.outcome(),
      c == null ? null : c.outcome().row(),
      c == null ? null : c.reason(),
      c == null ? null : c.redirectTo(),
      c == null ? null : c.closedOn(),
      r.answerClockId(),
      r.periodClockId()
    };
  }

  @Override
  public Optional<DisclosureRequest> find(UUID id) {
    return sql()
        .one("SELECT " + COLUMNS + " FROM yg.disclosure_request WHERE id = ?", this::map, id);
  }

  @Override
  public Optional<DisclosureRequest> byNumber(String number) {
    return sql()
        .one(
            "SELECT " + COLUMNS + " FROM yg.disclosure_request WHERE request_number = ?",
            this::map,
            number);
  }

  @Override
  public Optional<UUID> requestOfConsultation(UUID consultationId) {
    return sql()
        .one(
            "SELECT request_id FROM yg.disclosure_consultation WHERE id = ?",
            rs -> rs.getObject(1, UUID.class),
            consultationId);
  }

  @Override
  public List<DisclosureRequest> list(String agencyCode, boolean openOnly, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.disclosure_request WHERE (?::varchar IS NULL OR agency_code = ?)"
                + " AND (NOT ? OR status <> 'CLOSED') ORDER BY received_on DESC, request_number DESC"
                + " LIMIT ?",
            this::map,
            agencyCode,
            agencyCode,
            openOnly,
            limit);
  }

  @Override
  public List<DisclosureRequest> byUser(UUID userId, int limit) {
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.disclosure_request WHERE applicant_user_id = ?"
                + " ORDER BY submitted_at DESC LIMIT ?",
            this::map,
            userId,
            limit);
  }

  @Override
  public String nextNumber(int year) {
    int seq =
        sql()
            .one(
                "INSERT INTO yg.disclosure_request_counter (tenant_id, year, last_value) VALUES"
                    + " (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, 1)"
                    + " ON CONFLICT (tenant_id, year) DO UPDATE SET last_value ="
                    + " yg.disclosure_request_counter.last_value + 1 RETURNING last_value",
                rs -> rs.getInt(1),
                year)
            .orElseThrow();
    return String.format("GK%d-%05d", year, seq);
  }

  @Override
  public int countInMonth(String agencyCode, String applicantIndex, LocalDate day) {
    return sql()
        .one(
            "SELECT count(*) FROM yg.disclosure_request WHERE agency_code = ?"
                + " AND applicant_id_index = ? AND received_on BETWEEN ? AND ?",
            rs -> rs.getInt(1),
            agencyCode,
            applicantIndex,
            day.withDayOfMonth(1),
            day)
        .orElse(0);
  }

  @Override
  public int lookupFailures(String clientHash, Instant since) {
    return sql()
        .one(
            "SELECT count(*) FROM yg.disclosure_lookup_failure WHERE client_hash = ? AND at >= ?",
            rs -> rs.getInt(1),
            clientHash,
            since)
        .orElse(0);
  }

  @Override
  public void recordLookupFailure(String clientHash, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.disclosure_lookup_failure (tenant_id, client_hash, at) VALUES"
                + " (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?)",
            clientHash,
            at);
  }

  @Override
  public void addEvent(UUID requestId, Instant at, String kind, String actor, String note) {
    sql()
        .update(
            "INSERT INTO yg.disclosure_request_event (tenant_id, request_id, seq, at, kind, actor,"
                + " note) SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?,"
                + " COALESCE(max(seq), 0) + 1, ?, ?, ?, ? FROM yg.disclosure_request_event"
                + " WHERE request_id = ?",
            requestId,
            at,
            kind,
            actor,
            note,
            requestId);
  }

  @Override
  public List<RequestEvent> events(UUID requestId) {
    return sql()
        .list(
            "SELECT seq, at, kind, actor, note FROM yg.disclosure_request_event WHERE request_id = ?"
                + " ORDER BY seq",
            rs ->
                new RequestEvent(
                    rs.getInt(1),
                    Sql.instant(rs, "at"),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5)),
            requestId);
  }

  @Override
  public List<ReportFacts> reportFacts(String agencyCode, int year) {
    return sql()
        .list(
            "SELECT applicant_type, received_on, closed_on, report_row FROM yg.disclosure_request"
                + " WHERE (?::varchar IS NULL OR agency_code = ?) AND received_on <= ?",
            rs ->
                new ReportFacts(
                    ApplicantType.valueOf(rs.getString(1)),
                    date(rs, 2),
                    date(rs, 3),
                    rs.getString(4) == null ? null : ReportRow.valueOf(rs.getString(4))),
            agencyCode,
            agencyCode,
            LocalDate.of(year, 12, 31));
  }

  private DisclosureRequest map(ResultSet rs) throws SQLException {
    UUID tenant = rs.getObject("tenant_id", UUID.class);
    UUID id = rs.getObject("id", UUID.class);
    var cipher = keys.cipher();
    Row.Received v =
        new Row.Received(
            tenant,
            id,
            rs.getString("request_number"),
            rs.getString("query_code_hash"),
            rs.getString("agency_code"),
            Channel.valueOf(rs.getString("channel")),
            new Applicant(
                ApplicantType.valueOf(rs.getString("applicant_type")),
                rs.getString("applicant_name"),
                cipher.decrypt(tenant, rs.getString("applicant_id_number")),
                cipher.decrypt(tenant, rs.getString("applicant_phone")),
                rs.getString("applicant_address")),
            rs.getString("applicant_id_index"),
            rs.getObject("applicant_user_id", UUID.class),
            rs.getString("description"),
            rs.getString("purpose"),
            rs.getString("delivery"),
            date(rs, "received_on"),
            Sql.instant(rs, "submitted_at"),
            rs.getString("submitted_by"));
    String outcome = rs.getString("outcome");
    String scale = rs.getString("fee_scale");
    Row row =
        new Row(
            v,
            RequestStatus.valueOf(rs.getString("status")),
            date(rs, "clock_start_on"),
            new Row.Supplement(
                date(rs, "supplement_notice_on"),
                rs.getString("supplement_asked"),
                date(rs, "supplement_due_on"),
                date(rs, "supplement_arrived_on")),
            rs.getString("extension_reason"),
            rs.getString("excessive_reason"),
            (Integer) rs.getObject("excessive_days"),
            new Row.Fee(
                scale == null ? null : FeeSchedule.Scale.valueOf(scale),
                rs.getBigDecimal("fee_amount"),
                date(rs, "fee_notice_on"),
                date(rs, "fee_due_on"),
                date(rs, "fee_paid_on")),
            outcome == null
                ? null
                : new Row.Closure(
                    Outcome.valueOf(outcome),
                    rs.getString("outcome_reason"),
                    rs.getString("redirect_to"),
                    date(rs, "closed_on")),
            rs.getObject("answer_clock_id", UUID.class),
            rs.getObject("period_clock_id", UUID.class),
            rs.getInt("version"));
    return new DisclosureRequest(row, consultations(id));
  }

  private List<Consultation> consultations(UUID requestId) {
    return sql()
        .list(
            "SELECT id, kind, party, sent_on, due_on, answered_on, opinion, overruled_on, clock_id"
                + " FROM yg.disclosure_consultation WHERE request_id = ? ORDER BY sent_on, id",
            rs ->
                new Consultation(
                    rs.getObject(1, UUID.class),
                    Consultation.Kind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    date(rs, 4),
                    date(rs, 5),
                    date(rs, 6),
                    rs.getString(7) == null ? null : Consultation.Opinion.valueOf(rs.getString(7)),
                    date(rs, 8),
                    rs.getObject(9, UUID.class)),
            requestId);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }
}
