package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.CountyFigures;
import cn.yangguang.supervision.domain.FiguresRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** {@link FiguresRepository}: one statement over casework's clocks and supervision's tables. */
@ApplicationScoped
public class JdbcFiguresRepository implements FiguresRepository {

  private static final String FIGURES =
      """
      WITH levels AS (
        SELECT subject_id, max(CASE level WHEN 'OVERDUE' THEN 3 WHEN 'RED' THEN 2 WHEN 'YELLOW' THEN 1 ELSE 0 END) AS worst
          FROM yg.clock WHERE subject_type = 'case' AND status IN ('RUNNING', 'PAUSED') GROUP BY subject_id)
      SELECT
        (SELECT count(*) FROM yg.case_file WHERE status NOT IN ('REFUSED', 'COMPLETED')),
        (SELECT count(*) FROM levels WHERE worst = 3),
        (SELECT count(*) FROM levels WHERE worst = 2),
        (SELECT count(*) FROM levels WHERE worst = 1),
        (SELECT count(*) FROM yg.supervision_violation WHERE status = 'OPEN'),
        (SELECT count(*) FROM yg.supervision_order WHERE status = 'OPEN'),
        (SELECT count(*) FROM yg.supervision_order o JOIN yg.clock k ON k.tenant_id = o.tenant_id AND k.id = o.clock_id
          WHERE o.status = 'OPEN' AND k.level = 'OVERDUE'),
        (SELECT count(*) FROM yg.supervision_card WHERE issued_at > ?::timestamptz - interval '90 days'),
        (SELECT count(*) FROM yg.supervision_complaint WHERE status = 'OPEN'),
        (SELECT count(*) FROM yg.supervision_rating),
        (SELECT avg(level)::float8 FROM yg.supervision_rating),
        (SELECT (count(*) FILTER (WHERE level >= 4))::float8 / NULLIF(count(*), 0) FROM yg.supervision_rating)
      """;

  @Inject ContainerResources resources;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  @Override
  public CountyFigures read() {
    return new Sql(resources.appDataSource())
        .one(
            FIGURES,
            rs ->
                new CountyFigures(
                    rs.getInt(1),
                    rs.getInt(2),
                    rs.getInt(3),
                    rs.getInt(4),
                    rs.getInt(5),
                    rs.getInt(6),
                    rs.getInt(7),
                    rs.getInt(8),
                    rs.getInt(9),
                    rs.getInt(10),
                    (Double) rs.getObject(11),
                    (Double) rs.getObject(12)),
            java.sql.Timestamp.from(clock.now()))
        .orElseThrow();
  }
}
