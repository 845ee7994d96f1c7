package cn.yangguang.supervision.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.persistence.Sql;
import cn.yangguang.supervision.domain.Rating;
import cn.yangguang.supervision.domain.RatingRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** {@link RatingRepository} on {@code yg.supervision_rating}: one rating per case. */
@ApplicationScoped
public class JdbcRatingRepository implements RatingRepository {

  private static final String COLUMNS =
      "id, case_id, case_number, department_code, window_code, level, comment, rated_by, rated_at,"
          + " follow_up, follow_up_clock_id, follow_up_note, followed_up_by, followed_up_at";

  @Inject ContainerResources resources;

  private Sql sql() {
    return new Sql(resources.appDataSource());
  }

  @Override
  public boolean add(Rating r) {
    return sql()
            .update(
                "INSERT INTO yg.supervision_rating (tenant_id, id, case_id, case_number,"
                    + " department_code, window_code, level, comment, rated_by, rated_at, follow_up,"
                    + " follow_up_clock_id) VALUES (current_setting('app.tenant_id')::uuid, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, case_id) DO NOTHING",
                r.id(),
                r.caseId(),
                r.caseNumber(),
                r.departmentCode(),
                r.windowCode(),
                r.level(),
                r.comment(),
                r.ratedBy(),
                r.ratedAt(),
                r.followUp(),
                r.followUpClockId())
        == 1;
  }

  @Override
  public Optional<Rating> find(UUID id) {
    return sql()
        .one(
            "SELECT " + COLUMNS + " FROM yg.supervision_rating WHERE id = ?",
            JdbcRatingRepository::map,
            id);
  }

  @Override
  public List<Rating> list(Rating.FollowUp followUp, int limit) {
    String f = followUp == null ? null : followUp.name();
    return sql()
        .list(
            "SELECT "
                + COLUMNS
                + " FROM yg.supervision_rating WHERE (?::text IS NULL OR follow_up = ?)"
                + " ORDER BY rated_at DESC, id LIMIT ?",
            JdbcRatingRepository::map,
            f,
            f,
            limit);
  }

  @Override
  public boolean followUp(UUID id, String note, String by, Instant at) {
    return sql()
            .update(
                "UPDATE yg.supervision_rating SET follow_up = 'RECTIFIED', follow_up_note = ?,"
                    + " followed_up_by = ?, followed_up_at = ? WHERE id = ? AND follow_up = 'PENDING'",
                note,
                by,
                at,
                id)
        == 1;
  }

  @Override
  public Map<String, int[]> levelsByDepartment() {
    Map<String, int[]> out = new LinkedHashMap<>();
    sql()
        .list(
            "SELECT department_code, level, count(*) FROM yg.supervision_rating"
                + " GROUP BY department_code, level ORDER BY department_code, level",
            rs -> {
              out.computeIfAbsent(rs.getString(1), k -> new int[5])[rs.getInt(2) - 1] =
                  rs.getInt(3);
              return null;
            });
    return out;
  }

  private static Rating map(ResultSet rs) throws SQLException {
    return new Rating(
        rs.getObject("id", UUID.class),
        rs.getObject("case_id", UUID.class),
        rs.getString("case_number"),
        rs.getString("department_code"),
        rs.getString("window_code"),
        rs.getInt("level"),
        rs.getString("comment"),
        rs.getObject("rated_by", UUID.class),
        Sql.instant(rs, "rated_at"),
        Rating.FollowUp.valueOf(rs.getString("follow_up")),
        rs.getObject("follow_up_clock_id", UUID.class),
        rs.getString("follow_up_note"),
        rs.getString("followed_up_by"),
        Sql.instant(rs, "followed_up_at"));
  }
}
