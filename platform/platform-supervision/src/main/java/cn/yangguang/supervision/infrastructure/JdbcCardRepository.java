package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.supervision.domain.CardRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;

/** {@link CardRepository} on {@code yg.supervision_card}. */
@ApplicationScoped
public class JdbcCardRepository implements CardRepository {

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public void add(Card c) {
    sql()
        .update(
            "INSERT INTO yg.supervision_card (tenant_id, id, colour, department_code, staff_username,"
                + " reason, order_id, escalated_from, issued_by, issued_at) VALUES"
                + " (current_setting('app.tenant_id')::uuid, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            c.id(),
            c.colour(),
            c.departmentCode(),
            c.staffUsername(),
            c.reason(),
            c.orderId(),
            c.escalatedFrom(),
            c.issuedBy(),
            c.issuedAt());
  }

  @Override
  public List<Card> list(String departmentCode, int limit) {
    return sql()
        .list(
            "SELECT id, colour, department_code, staff_username, reason, order_id, escalated_from,"
                + " issued_by, issued_at FROM yg.supervision_card"
                + " WHERE (?::text IS NULL OR department_code = ?) ORDER BY issued_at DESC, id LIMIT ?",
            rs ->
                new Card(
                    rs.getObject("id", UUID.class),
                    Card.Colour.valueOf(rs.getString("colour")),
                    rs.getString("department_code"),
                    rs.getString("staff_username"),
                    rs.getString("reason"),
                    rs.getObject("order_id", UUID.class),
                    rs.getObject("escalated_from", UUID.class),
                    rs.getString("issued_by"),
                    Sql.instant(rs, "issued_at")),
            departmentCode,
            departmentCode,
            limit);
  }
}
