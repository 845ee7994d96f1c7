package cn.yangguang.kernel.tenancy.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.ManagedDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.ManagedPost;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewDepartment;
import cn.yangguang.kernel.tenancy.application.StructureAdministration.NewPost;
import cn.yangguang.kernel.tenancy.application.StructureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link StructureStore} in plain JDBC on the transaction's connection (row-level security scopes
 * every statement to the transaction's tenant). Inserts use {@code ON CONFLICT DO NOTHING}, so a
 * code taken by a concurrent request shows as "nothing inserted" instead of a failed statement that
 * would poison the transaction. Ids come from {@link JdbcTenantStructureRepository#rowId}, the
 * manifest's scheme.
 */
@ApplicationScoped
public class JdbcStructureStore implements StructureStore {

  @Inject ContainerResources resources;

  @Override
  public List<ManagedDepartment> departments() {
    try (Connection c = resources.appDataSource().getConnection()) {
      Map<UUID, List<ManagedPost>> posts = new HashMap<>();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, department_id, code, name_zh, managed_by FROM yg.post WHERE active"
                      + " ORDER BY sort_order, code");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          posts
              .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
              .add(
                  new ManagedPost(
                      rs.getObject(1, UUID.class),
                      rs.getString(3),
                      rs.getString(4),
                      isManifest(rs.getString(5))));
        }
      }
      List<ManagedDepartment> out = new ArrayList<>();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, code, name_zh, name_en, kind, managed_by FROM yg.department WHERE active"
                      + " ORDER BY sort_order, code");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          UUID id = rs.getObject(1, UUID.class);
          out.add(
              new ManagedDepartment(
                  id,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  isManifest(rs.getString(6)),
                  posts.getOrDefault(id, List.of())));
        }
      }
      return List.copyOf(out);
    } catch (SQLException e) {
      throw new IllegalStateException("could not read departments: " + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Existing> findDepartment(String code) {
    return find("SELECT id, active FROM yg.department WHERE code = ?", code);
  }

  @Override
  public Optional<Existing> findPost(String code) {
    return find("SELECT id, active FROM yg.post WHERE code = ?", code);
  }

  @Override
  public Optional<UUID> insertDepartment(UUID tenantId, NewDepartment d) {
    UUID id = JdbcTenantStructureRepository.rowId(tenantId, "department", d.code());
    return insert(
        "INSERT INTO yg.department (tenant_id, id, code, name_zh, name_en, credit_code, kind,"
            + " synthetic, active, sort_order, managed_by)"
            + " VALUES (?, ?, ?, ?, ?, NULL, ?, false, true,"
            + " COALESCE((SELECT MAX(sort_order) FROM yg.department), -1) + 1, 'CONSOLE')"
            + " ON CONFLICT DO NOTHING",
        id,
        tenantId,
        id,
        d.code(),
        d.nameZh(),
        d.nameEn(),
        d.kind());
  }

  @Override
  public Optional<UUID> insertPost(UUID tenantId, UUID departmentId, NewPost p) {
    UUID id = JdbcTenantStructureRepository.rowId(tenantId, "post", p.code());
    return insert(
        "INSERT INTO yg.post (tenant_id, id, department_id, code, name_zh, active, sort_order,"
            + " managed_by) VALUES (?, ?, ?, ?, ?, true,"
            + " COALESCE((SELECT MAX(sort_order) FROM yg.post WHERE department_id = ?), -1) + 1,"
            + " 'CONSOLE') ON CONFLICT DO NOTHING",
        id,
        tenantId,
        id,
        departmentId,
        p.code(),
        p.nameZh(),
        departmentId);
  }

  private Optional<Existing> find(String sql, String code) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, code);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? Optional.of(new Existing(rs.getObject(1, UUID.class), rs.getBoolean(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("could not look up code " + code + ": " + e.getMessage(), e);
    }
  }

  private Optional<UUID> insert(String sql, UUID id, Object... params) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      return ps.executeUpdate() == 1 ? Optional.of(id) : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("could not add the row: " + e.getMessage(), e);
    }
  }

  private static boolean isManifest(String managedBy) {
    return !"CONSOLE".equals(managedBy);
  }
}
