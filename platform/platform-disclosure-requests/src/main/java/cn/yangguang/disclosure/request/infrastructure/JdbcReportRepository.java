package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.ReportRepository;
import cn.yangguang.disclosure.request.domain.Table4;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link ReportRepository} on {@code yg.disclosure_annual_report} (JSON documents per report). */
@ApplicationScoped
public class JdbcReportRepository implements ReportRepository {

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public Optional<Stored> find(String agencyCode, int year) {
    return sql()
        .one(
            "SELECT narrative::text, table4::text, status, frozen::text, document_id, published_at"
                + " FROM yg.disclosure_annual_report WHERE agency_code = ? AND year = ?",
            rs ->
                new Stored(
                    agencyCode,
                    year,
                    ReportJson.narrative(rs.getString(1)),
                    ReportJson.table4(rs.getString(2)),
                    AnnualReport.Status.valueOf(rs.getString(3)),
                    rs.getString(4) == null ? null : ReportJson.read(rs.getString(4)),
                    rs.getObject(5, UUID.class),
                    Sql.instant(rs, "published_at")),
            agencyCode,
            year);
  }

  @Override
  public void saveDraft(
      String agencyCode, int year, Narrative n, Table4 t4, String actor, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.disclosure_annual_report (tenant_id, agency_code, year, narrative,"
                + " table4, status, updated_by, updated_at) VALUES"
                + " (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?, ?::jsonb,"
                + " ?::jsonb, 'DRAFT', ?, ?) ON CONFLICT (tenant_id, agency_code, year) DO UPDATE"
                + " SET narrative = EXCLUDED.narrative, table4 = EXCLUDED.table4, updated_by ="
                + " EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at"
                + " WHERE yg.disclosure_annual_report.status = 'DRAFT'",
            agencyCode,
            year,
            ReportJson.narrativeJson(n),
            ReportJson.table4Json(t4),
            actor,
            at);
  }

  @Override
  public List<Stored> published() {
    List<Object[]> keys =
        sql()
            .list(
                "SELECT agency_code, year FROM yg.disclosure_annual_report WHERE status ="
                    + " 'PUBLISHED' ORDER BY year DESC, agency_code",
                rs -> new Object[] {rs.getString(1), rs.getInt(2)});
    return keys.stream().map(k -> find((String) k[0], (Integer) k[1]).orElseThrow()).toList();
  }

  @Override
  public List<Table4> agencyTable4s(int year) {
    return sql()
        .list(
            "SELECT table4::text FROM yg.disclosure_annual_report WHERE year = ? AND agency_code <> '*'",
            rs -> ReportJson.table4(rs.getString(1)),
            year);
  }

  @Override
  public void publish(AnnualReport frozen, UUID documentId, String actor, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.disclosure_annual_report (tenant_id, agency_code, year, narrative,"
                + " table4, status, frozen, document_id, published_at, updated_by, updated_at)"
                + " VALUES (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?,"
                + " ?::jsonb, ?::jsonb, 'PUBLISHED', ?::jsonb, ?, ?, ?, ?) ON CONFLICT (tenant_id,"
                + " agency_code, year) DO UPDATE SET status = 'PUBLISHED', frozen = EXCLUDED.frozen,"
                + " document_id = EXCLUDED.document_id, published_at = EXCLUDED.published_at,"
                + " updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at",
            frozen.agencyCode(),
            frozen.year(),
            ReportJson.narrativeJson(frozen.narrative()),
            ReportJson.table4Json(frozen.table4()),
            ReportJson.write(frozen),
            documentId,
            at,
            actor,
            at);
  }
}
