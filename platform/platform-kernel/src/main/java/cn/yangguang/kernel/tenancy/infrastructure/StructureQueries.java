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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The read side of {@link JdbcTenantStructureRepository}: active rows of the transaction's tenant.
 */
final class StructureQueries {

  private final Connection c;

  StructureQueries(Connection c) {
    this.c = c;
  }

  TenantStructure load() throws SQLException {
    Map<UUID, List<PostView>> posts = new LinkedHashMap<>();
    try (ResultSet rs =
        query(
            "SELECT id, department_id, code, name_zh FROM yg.post WHERE active ORDER BY sort_order, code")) {
      while (rs.next()) {
        posts
            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
            .add(new PostView(rs.getObject(1, UUID.class), rs.getString(3), rs.getString(4)));
      }
    }
    List<DepartmentView> departments = new ArrayList<>();
    try (ResultSet rs =
        query(
            "SELECT id, code, name_zh, name_en, kind, credit_code, synthetic FROM yg.department WHERE active"
                + " ORDER BY sort_order, code")) {
      while (rs.next()) {
        UUID id = rs.getObject(1, UUID.class);
        departments.add(
            new DepartmentView(
                id,
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                List.copyOf(posts.getOrDefault(id, List.of()))));
      }
    }
    Map<UUID, List<VillageView>> villages = new LinkedHashMap<>();
    try (ResultSet rs =
        query(
            "SELECT id, township_id, code, name_zh, kind, synthetic FROM yg.village WHERE active"
                + " ORDER BY sort_order, code")) {
      while (rs.next()) {
        villages
            .computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>())
            .add(
                new VillageView(
                    rs.getObject(1, UUID.class),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getBoolean(6)));
      }
    }
    List<TownshipView> townships = new ArrayList<>();
    try (ResultSet rs =
        query(
            "SELECT id, code, name_zh, name_en, kind, division_code FROM yg.township WHERE active"
                + " ORDER BY sort_order, code")) {
      while (rs.next()) {
        UUID id = rs.getObject(1, UUID.class);
        townships.add(
            new TownshipView(
                id,
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                List.copyOf(villages.getOrDefault(id, List.of()))));
      }
    }
    List<ServicePointView> points = new ArrayList<>();
    try (ResultSet rs =
        query(
            "SELECT id, code, name_zh, level, township_code, village_code, address, opening_hours, phone,"
                + " synthetic FROM yg.service_point WHERE active ORDER BY sort_order, code")) {
      while (rs.next()) {
        points.add(
            new ServicePointView(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9),
                rs.getBoolean(10)));
      }
    }
    List<DivisionCodeView> codes = new ArrayList<>();
    try (ResultSet rs =
        query(
            "SELECT code, name_zh, valid_from, valid_to FROM yg.tenant_division_code"
                + " ORDER BY valid_to DESC NULLS FIRST")) {
      while (rs.next()) {
        codes.add(
            new DivisionCodeView(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
      }
    }
    List<PluginView> plugins = new ArrayList<>();
    try (ResultSet rs =
        query("SELECT plugin_id, enabled FROM yg.tenant_plugin ORDER BY plugin_id")) {
      while (rs.next()) {
        plugins.add(new PluginView(rs.getString(1), rs.getBoolean(2)));
      }
    }
    return new TenantStructure(
        List.copyOf(departments),
        List.copyOf(townships),
        List.copyOf(points),
        List.copyOf(codes),
        List.copyOf(plugins));
  }

  private ResultSet query(String sql) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    ps.closeOnCompletion();
    return ps.executeQuery();
  }
}
