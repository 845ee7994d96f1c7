package cn.yangguang.kernel.tenancy.infrastructure;

import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructureRepository;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.DepartmentSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PastDivisionCode;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PluginSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.PostSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.ServicePointSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.TownshipSpec;
import cn.yangguang.kernel.tenancy.manifest.TenantManifest.VillageSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Synchronizes a tenant's structure tables with its manifest in set-based SQL, and loads it back.
 *
 * <p>Row ids are derived from the tenant id, the kind of row and its code (name-based UUIDs), so
 * that re-applying a manifest, or rebuilding a tenant elsewhere, gives every department, township
 * and post the same id. Must run in the tenant's transaction (see {@link
 * cn.yangguang.kernel.tenancy.application.TenantTransactions}).
 */
@ApplicationScoped
public class JdbcTenantStructureRepository implements TenantStructureRepository {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final java.util.Set<String> CONSOLE_MANAGED =
      java.util.Set.of("department", "post");

  @Inject ContainerResources resources;

  @Override
  public TenantStructure load(UUID tenantId) {
    try (Connection c = resources.appDataSource().getConnection()) {
      return new StructureQueries(c).load();
    } catch (SQLException e) {
      throw new IllegalStateException("could not load the tenant structure: " + e.getMessage(), e);
    }
  }

  @Override
  public void synchronize(UUID tenantId, TenantManifest m) {
    try (Connection c = resources.appDataSource().getConnection()) {
      divisionCodes(c, tenantId, m);
      List<String> deptCodes = new ArrayList<>();
      List<String> postCodes = new ArrayList<>();
      int order = 0;
      for (DepartmentSpec d : m.departments()) {
        UUID deptId = rowId(tenantId, "department", d.code());
        upsert(
            c,
            "INSERT INTO yg.department (tenant_id, id, code, name_zh, name_en, credit_code, kind, synthetic,"
                + " active, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?, true, ?)"
                + " ON CONFLICT (tenant_id, code) DO UPDATE SET managed_by = 'MANIFEST', name_zh = EXCLUDED.name_zh,"
                + " name_en = EXCLUDED.name_en, credit_code = EXCLUDED.credit_code, kind = EXCLUDED.kind,"
                + " synthetic = EXCLUDED.synthetic, active = true, sort_order = EXCLUDED.sort_order",
            tenantId,
            deptId,
            d.code(),
            d.name(),
            d.nameEn(),
            d.creditCode(),
            d.kind(),
            d.synthetic(),
            order++);
        deptCodes.add(d.code());
        int postOrder = 0;
        for (PostSpec p : d.posts()) {
          upsert(
              c,
              "INSERT INTO yg.post (tenant_id, id, department_id, code, name_zh, active, sort_order)"
                  + " VALUES (?, ?, ?, ?, ?, true, ?) ON CONFLICT (tenant_id, code) DO UPDATE SET"
                  + " managed_by = 'MANIFEST', department_id = EXCLUDED.department_id,"
                  + " name_zh = EXCLUDED.name_zh, active = true,"
                  + " sort_order = EXCLUDED.sort_order",
              tenantId,
              rowId(tenantId, "post", p.code()),
              deptId,
              p.code(),
              p.name(),
              postOrder++);
          postCodes.add(p.code());
        }
      }
      deactivateMissing(c, "post", postCodes);
      deactivateMissing(c, "department", deptCodes);
      townships(c, tenantId, m);
      servicePoints(c, tenantId, m);
      plugins(c, tenantId, m);
    } catch (SQLException e) {
      throw new IllegalStateException("could not store the tenant structure: " + e.getMessage(), e);
    }
  }

  private void townships(Connection c, UUID tenantId, TenantManifest m) throws SQLException {
    List<String> townshipCodes = new ArrayList<>();
    List<String> villageCodes = new ArrayList<>();
    int order = 0;
    for (TownshipSpec t : m.townships()) {
      UUID townshipId = rowId(tenantId, "township", t.code());
      upsert(
          c,
          "INSERT INTO yg.township (tenant_id, id, code, name_zh, name_en, kind, division_code, active,"
              + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, true, ?) ON CONFLICT (tenant_id, code) DO UPDATE"
              + " SET name_zh = EXCLUDED.name_zh, name_en = EXCLUDED.name_en, kind = EXCLUDED.kind,"
              + " division_code = EXCLUDED.division_code, active = true, sort_order = EXCLUDED.sort_order",
          tenantId,
          townshipId,
          t.code(),
          t.name(),
          t.nameEn(),
          t.kind(),
          t.divisionCode(),
          order++);
      townshipCodes.add(t.code());
      int villageOrder = 0;
      for (VillageSpec v : t.villages()) {
        upsert(
            c,
            "INSERT INTO yg.village (tenant_id, id, township_id, code, name_zh, kind, synthetic, active,"
                + " sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, true, ?) ON CONFLICT (tenant_id, code) DO UPDATE"
                + " SET township_id = EXCLUDED.township_id, name_zh = EXCLUDED.name_zh, kind = EXCLUDED.kind,"
                + " synthetic = EXCLUDED.synthetic, active = true, sort_order = EXCLUDED.sort_order",
            tenantId,
            rowId(tenantId, "village", v.code()),
            townshipId,
            v.code(),
            v.name(),
            v.kind(),
            v.synthetic(),
            villageOrder++);
        villageCodes.add(v.code());
      }
    }
    deactivateMissing(c, "village", villageCodes);
    deactivateMissing(c, "township", townshipCodes);
  }

  private void servicePoints(Connection c, UUID tenantId, TenantManifest m) throws SQLException {
    List<String> codes = new ArrayList<>();
    int order = 0;
    for (ServicePointSpec p : m.servicePoints()) {
      upsert(
          c,
          "INSERT INTO yg.service_point (tenant_id, id, code, name_zh, level, township_code, village_code,"
              + " address, opening_hours, phone, synthetic, active, sort_order)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?) ON CONFLICT (tenant_id, code) DO UPDATE"
              + " SET name_zh = EXCLUDED.name_zh, level = EXCLUDED.level,"
              + " township_code = EXCLUDED.township_code, village_code = EXCLUDED.village_code,"
              + " address = EXCLUDED.address, opening_hours = EXCLUDED.opening_hours, phone = EXCLUDED.phone,"
              + " synthetic = EXCLUDED.synthetic, active = true, sort_order = EXCLUDED.sort_order",
          tenantId,
          rowId(tenantId, "service-point", p.code()),
          p.code(),
          p.name(),
          p.level(),
          p.township(),
          p.village(),
          p.address(),
          p.hours(),
          p.phone(),
          p.synthetic(),
          order++);
      codes.add(p.code());
    }
    deactivateMissing(c, "service_point", codes);
  }

  private void plugins(Connection c, UUID tenantId, TenantManifest m) throws SQLException {
    for (PluginSpec p : m.plugins()) {
      upsert(
          c,
          "INSERT INTO yg.tenant_plugin (tenant_id, plugin_id, enabled, settings) VALUES (?, ?, ?, ?::jsonb)"
              + " ON CONFLICT (tenant_id, plugin_id) DO UPDATE SET enabled = EXCLUDED.enabled,"
              + " settings = EXCLUDED.settings",
          tenantId,
          p.id(),
          p.enabled(),
          JSONB.toJson(p.settings()));
    }
  }

  private void divisionCodes(Connection c, UUID tenantId, TenantManifest m) throws SQLException {
    upsert(c, "DELETE FROM yg.tenant_division_code");
    upsert(
        c,
        "INSERT INTO yg.tenant_division_code (tenant_id, code, name_zh, valid_from, valid_to)"
            + " VALUES (?, ?, ?, NULL, NULL)",
        tenantId,
        m.division().code(),
        m.nameZh());
    for (PastDivisionCode h : m.division().history()) {
      upsert(
          c,
          "INSERT INTO yg.tenant_division_code (tenant_id, code, name_zh, valid_from, valid_to)"
              + " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
          tenantId,
          h.code(),
          h.name(),
          h.validFrom() == null ? null : Date.valueOf(h.validFrom()),
          h.validTo() == null ? null : Date.valueOf(h.validTo()));
    }
  }

  private static void deactivateMissing(Connection c, String table, List<String> keep)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE yg."
                + table
                + " SET active = false WHERE NOT (code = ANY (?))"
                // departments and posts may also be added in the console: those are not the
                // manifest's to deactivate
                + (CONSOLE_MANAGED.contains(table) ? " AND managed_by = 'MANIFEST'" : ""))) {
      ps.setArray(1, c.createArrayOf("varchar", keep.toArray()));
      ps.executeUpdate();
    }
  }

  private static void upsert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    }
  }

  /** The stable id of a structure row: a name-based UUID of tenant, kind and code. */
  static UUID rowId(UUID tenantId, String kind, String code) {
    return UUID.nameUUIDFromBytes(
        (tenantId + "/" + kind + "/" + code).getBytes(StandardCharsets.UTF_8));
  }
}
