package cn.yangguang.disclosure.request.infrastructure;

import cn.yangguang.disclosure.request.domain.DecisionRepository;
import cn.yangguang.disclosure.request.domain.ExOfficioDecision;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@link DecisionRepository} on {@code yg.disclosure_exofficio_decision}. */
@ApplicationScoped
public class JdbcDecisionRepository implements DecisionRepository {

  @Inject ContainerResources resources;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public boolean add(ExOfficioDecision d, String actor) {
    return sql()
            .update(
                "INSERT INTO yg.disclosure_exofficio_decision (tenant_id, id, agency_code, kind,"
                    + " reference, decided_on, summary, created_by, created_at) VALUES"
                    + " (NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?) ON CONFLICT (tenant_id, agency_code, reference) DO NOTHING",
                d.id(),
                d.agencyCode(),
                d.kind(),
                d.reference(),
                d.decidedOn(),
                d.summary(),
                actor,
                clock.now())
        == 1;
  }

  @Override
  public List<ExOfficioDecision> ofAgency(String agencyCode, int year) {
    return sql()
        .list(
            "SELECT id, agency_code, kind, reference, decided_on, summary FROM"
                + " yg.disclosure_exofficio_decision WHERE agency_code = ? AND decided_on BETWEEN ?"
                + " AND ? ORDER BY decided_on, reference",
            rs ->
                new ExOfficioDecision(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    ExOfficioDecision.Kind.valueOf(rs.getString(3)),
                    rs.getString(4),
                    rs.getDate(5).toLocalDate(),
                    rs.getString(6)),
            agencyCode,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31));
  }

  @Override
  public int count(String agencyCode, ExOfficioDecision.Kind kind, int year) {
    return sql()
        .one(
            "SELECT count(*) FROM yg.disclosure_exofficio_decision WHERE (?::varchar IS NULL OR"
                + " agency_code = ?) AND kind = ? AND decided_on BETWEEN ? AND ?",
            rs -> rs.getInt(1),
            agencyCode,
            agencyCode,
            kind,
            LocalDate.of(year, 1, 1),
            LocalDate.of(year, 12, 31))
        .orElse(0);
  }
}
