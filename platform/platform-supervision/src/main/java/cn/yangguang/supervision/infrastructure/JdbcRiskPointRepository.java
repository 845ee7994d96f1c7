package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.RiskPoint;
import cn.yangguang.supervision.domain.RiskPointRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@link RiskPointRepository} on {@code yg.supervision_risk_point}. */
@ApplicationScoped
public class JdbcRiskPointRepository implements RiskPointRepository {

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public List<RiskPoint> all() {
    return sql()
        .list(
            "SELECT id, step, item_key, level, description, control FROM yg.supervision_risk_point"
                + " ORDER BY level, step, description",
            rs ->
                new RiskPoint(
                    rs.getObject("id", UUID.class),
                    rs.getString("step"),
                    rs.getString("item_key"),
                    rs.getInt("level"),
                    rs.getString("description"),
                    rs.getString("control")));
  }

  @Override
  public void add(RiskPoint p, String by, Instant at) {
    sql()
        .update(
            "INSERT INTO yg.supervision_risk_point (tenant_id, id, step, item_key, level, description,"
                + " control, created_at, created_by) VALUES (current_setting('app.tenant_id')::uuid,"
                + " ?, ?, ?, ?, ?, ?, ?, ?)",
            p.id(),
            p.step(),
            p.itemKey(),
            p.level(),
            p.description(),
            p.control(),
            at,
            by);
  }
}
