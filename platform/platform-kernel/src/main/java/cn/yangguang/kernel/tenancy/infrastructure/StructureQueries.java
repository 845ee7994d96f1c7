package cn.yangguang.kernel.tenancy.infrastructure;

import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DivisionCodeView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.PluginView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.PostView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.ServicePointView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.TownshipView;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.VillageView;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The read side of {@link JdbcTenantStructureRepository}: active rows of the transaction's tenant.
 */
final class StructureQueries {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  private interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /** A child row and the id of its parent. */
  private record Child<T>(UUID parent, T value) {}

  private final Connection c;

  StructureQueries(Connection c) {
    this.c = c;
  }

  TenantStructure load() throws SQLException {
    Map<UUID, List<PostView>> posts =
        byParent(
            list(
                "SELECT id, department_id, code, name_zh FROM yg.post WHERE active ORDER BY sort_order, code",
                rs ->
                    new Child<>(
                        uuid(rs, 2), new PostView(uuid(rs, 1), rs.getString(3), rs.getString(4)))));
    List<DepartmentView> departments =
        list(
            "SELECT id, code, name_zh, name_en, kind, credit_code, synthetic FROM yg.department WHERE active"
                + " ORDER BY sort_order, code",
            rs ->
                new DepartmentView(
                    uuid(rs, 1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getBoolean(7),
                    posts.getOrDefault(uuid(rs, 1), List.of())));
    Map<UUID, List<VillageView>> villages =
        byParent(
            list(
                "SELECT id, township_id, code, name_zh, kind, synthetic FROM yg.village WHERE active"
                    + " ORDER BY sort_order, code",
                rs ->
                    new Child<>(
                        uuid(rs, 2),
                        new VillageView(
                            uuid(rs, 1),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getBoolean(6)))));
    List<TownshipView> townships =
        list(
            "SELECT id, code, name_zh, name_en, kind, division_code FROM yg.township WHERE active"
                + " ORDER BY sort_order, code",
            rs ->
                new TownshipView(
                    uuid(rs, 1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    villages.getOrDefault(uuid(rs, 1), List.of())));
    List<ServicePointView> points =
        list(
            "SELECT id, code, name_zh, level, township_code, village_code, address, opening_hours, phone,"
                + " synthetic FROM yg.service_point WHERE active ORDER BY sort_order, code",
            rs ->
                new ServicePointView(
                    uuid(rs, 1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8),
                    rs.getString(9),
                    rs.getBoolean(10)));
    List<DivisionCodeView> codes =
        list(
            "SELECT code, name_zh, valid_from, valid_to FROM yg.tenant_division_code"
                + " ORDER BY valid_to DESC NULLS FIRST",
            rs ->
                new DivisionCodeView(
                    rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    List<PluginView> plugins =
        list(
            "SELECT plugin_id, enabled FROM yg.tenant_plugin ORDER BY plugin_id",
            rs -> new PluginView(rs.getString(1), rs.getBoolean(2)));
    return new TenantStructure(departments, townships, points, codes, plugins);
  }

  private <T> List<T> list(String sql, Row<T> row) throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(row.map(rs));
      }
    }
    return List.copyOf(out);
  }

  private static <T> Map<UUID, List<T>> byParent(List<Child<T>> children) {
    return children.stream()
        .collect(
            Collectors.groupingBy(
                Child::parent, Collectors.mapping(Child::value, Collectors.toUnmodifiableList())));
  }

  private static UUID uuid(ResultSet rs, int column) throws SQLException {
    return rs.getObject(column, UUID.class);
  }
}
