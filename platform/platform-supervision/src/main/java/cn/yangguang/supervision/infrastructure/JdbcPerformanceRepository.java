package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.supervision.domain.MonthFacts;
import cn.yangguang.supervision.domain.PerformanceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * {@link PerformanceRepository}: a period's cases (received or completed in it) with their window
 * and whether any clock ran late, and the period's violations, ratings and cards. A case's window
 * is the post of its acceptance step.
 */
@ApplicationScoped
public class JdbcPerformanceRepository implements PerformanceRepository {

  private static final String WINDOW =
      "(SELECT w.post_code FROM yg.work_item w WHERE w.tenant_id = f.tenant_id AND w.case_id = f.id"
          + " AND w.step = 'accept' ORDER BY w.created_at LIMIT 1)";

  private static final String CASES =
      "SELECT f.id, f.department_code, "
          + WINDOW
          + " AS window_code, f.template = 'INSTANT' AS immediate, f.supplement_notices > 0 AS supplemented,"
          + " (f.received_at >= ? AND f.received_at < ?) AS received,"
          + " (f.status = 'COMPLETED' AND f.completed_at >= ? AND f.completed_at < ?) AS completed,"
          + " NOT EXISTS (SELECT 1 FROM yg.clock k WHERE k.tenant_id = f.tenant_id"
          + "   AND k.subject_type = 'case' AND k.subject_id = f.id::text"
          + "   AND (k.level = 'OVERDUE' OR k.on_time = false)) AS on_time"
          + " FROM yg.case_file f WHERE (f.received_at >= ? AND f.received_at < ?)"
          + " OR (f.completed_at >= ? AND f.completed_at < ?)";

  @Inject ContainerResources resources;

  @Override
  public MonthFacts facts(Instant from, Instant to) {
    Sql sql = new Sql(resources.appDataSource());
    var cases =
        sql.list(
            CASES,
            rs ->
                new MonthFacts.CaseLine(
                    rs.getObject("id", UUID.class),
                    rs.getString("department_code"),
                    rs.getString("window_code"),
                    rs.getBoolean("immediate"),
                    rs.getBoolean("supplemented"),
                    rs.getBoolean("received"),
                    rs.getBoolean("completed"),
                    rs.getBoolean("on_time")),
            from,
            to,
            from,
            to,
            from,
            to,
            from,
            to);
    var violations =
        sql.list(
            "SELECT v.department_code, (SELECT w.post_code FROM yg.work_item w WHERE w.case_id = v.case_id"
                + " AND w.step = 'accept' ORDER BY w.created_at LIMIT 1) AS window_code"
                + " FROM yg.supervision_violation v WHERE v.occurred_at >= ? AND v.occurred_at < ?"
                + " AND v.status <> 'DISMISSED'",
            rs -> new MonthFacts.Line(rs.getString(1), rs.getString(2)),
            from,
            to);
    var ratings =
        sql.list(
            "SELECT department_code, window_code, level FROM yg.supervision_rating"
                + " WHERE rated_at >= ? AND rated_at < ?",
            rs -> new MonthFacts.RatingLine(rs.getString(1), rs.getString(2), rs.getInt(3)),
            from,
            to);
    var cards =
        sql.list(
            "SELECT department_code, colour FROM yg.supervision_card WHERE issued_at >= ? AND issued_at < ?",
            rs -> new MonthFacts.CardLine(rs.getString(1), Card.Colour.valueOf(rs.getString(2))),
            from,
            to);
    return new MonthFacts(cases, violations, ratings, cards);
  }
}
