package cn.yangguang.kernel.identity.infrastructure;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link StaffRepository} in plain SQL: one query loads a member with her roles and posts (array
 * aggregates), so the per-request authorization check is a single indexed round trip.
 */
@ApplicationScoped
public class JdbcStaffRepository implements StaffRepository {

  private static final String SELECT =
      "SELECT s.id, s.user_id, s.username, s.display_name, s.department_id, s.active,"
          + " ARRAY(SELECT r.role FROM yg.staff_role r WHERE r.tenant_id = s.tenant_id"
          + " AND r.staff_id = s.id) AS roles,"
          + " ARRAY(SELECT p.post_id FROM yg.staff_post p WHERE p.tenant_id = s.tenant_id"
          + " AND p.staff_id = s.id) AS posts FROM yg.staff s";

  @Inject ContainerResources resources;
  @Inject PlatformClock clock;

  @Override
  public Optional<StaffMember> findByUser(UUID userId) {
    return one(SELECT + " WHERE s.user_id = ?", userId);
  }

  @Override
  public Optional<StaffMember> find(UUID staffId) {
    return one(SELECT + " WHERE s.id = ?", staffId);
  }

  @Override
  public List<StaffMember> list() {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY s.username");
        ResultSet rs = ps.executeQuery()) {
      List<StaffMember> all = new ArrayList<>();
      while (rs.next()) {
        all.add(map(rs));
      }
      return all;
    } catch (SQLException e) {
      throw failure("list the staff", e);
    }
  }

  @Override
  public void save(StaffMember m, String actor) {
    Timestamp now = Timestamp.from(clock.now());
    try (Connection c = resources.appDataSource().getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.staff (tenant_id, id, user_id, username, display_name, department_id,"
                  + " active, created_at, updated_at) VALUES (current_setting('app.tenant_id')::uuid,"
                  + " ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, id) DO UPDATE SET"
                  + " display_name = EXCLUDED.display_name, department_id = EXCLUDED.department_id,"
                  + " active = EXCLUDED.active, updated_at = EXCLUDED.updated_at,"
                  + " version = yg.staff.version + 1")) {
        ps.setObject(1, m.id());
        ps.setObject(2, m.userId());
        ps.setString(3, m.username());
        ps.setString(4, m.displayName());
        ps.setObject(5, m.departmentId());
        ps.setBoolean(6, m.active());
        ps.setTimestamp(7, now);
        ps.setTimestamp(8, now);
        ps.executeUpdate();
      }
      replace(c, "staff_role", "role", "varchar", m.id(), m.roles().toArray(), now, actor);
      replace(c, "staff_post", "post_id", "uuid", m.id(), m.postIds().toArray(), now, actor);
    } catch (SQLException e) {
      throw failure("store staff member " + m.username(), e);
    }
  }

  /** Makes the member's grants exactly {@code values}, keeping the unchanged ones as they are. */
  private static void replace(
      Connection c,
      String table,
      String column,
      String type,
      UUID staffId,
      Object[] values,
      Timestamp now,
      String actor)
      throws SQLException {
    Array array = c.createArrayOf(type, values);
    try (PreparedStatement del =
        c.prepareStatement(
            "DELETE FROM yg." + table + " WHERE staff_id = ? AND NOT (" + column + " = ANY (?))")) {
      del.setObject(1, staffId);
      del.setArray(2, array);
      del.executeUpdate();
    }
    try (PreparedStatement ins =
        c.prepareStatement(
            "INSERT INTO yg."
                + table
                + " (tenant_id, staff_id, "
                + column
                + ", granted_at, granted_by) SELECT current_setting('app.tenant_id')::uuid, ?, v, ?, ?"
                + " FROM unnest(?::"
                + type
                + "[]) AS v ON CONFLICT DO NOTHING")) {
      ins.setObject(1, staffId);
      ins.setTimestamp(2, now);
      ins.setString(3, actor);
      ins.setArray(4, array);
      ins.executeUpdate();
    }
  }

  private Optional<StaffMember> one(String sql, UUID key) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read the staff", e);
    }
  }

  private static StaffMember map(ResultSet rs) throws SQLException {
    Set<String> roles = new HashSet<>();
    for (Object r : (Object[]) rs.getArray("roles").getArray()) {
      roles.add((String) r);
    }
    Set<UUID> posts = new HashSet<>();
    for (Object p : (Object[]) rs.getArray("posts").getArray()) {
      posts.add((UUID) p);
    }
    return new StaffMember(
        rs.getObject("id", UUID.class),
        rs.getObject("user_id", UUID.class),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getObject("department_id", UUID.class),
        rs.getBoolean("active"),
        roles,
        posts);
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("could not " + what + ": " + e.getMessage(), e);
  }
}
