package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.domain.ColumnRepository;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * {@link ColumnRepository} on {@code yg.disclosure_column}. Row-level security shows a county its
 * own rows and the shared rows of its province and the nation; the province's template, when it has
 * one, replaces the national one whole (a province prescribes a layout, it does not patch one).
 */
@ApplicationScoped
public class JdbcColumnRepository implements ColumnRepository {

  private static final String COLUMNS =
      "code, parent_code, kind, name_zh, name_en, sort_order, hidden, tenant_id IS NOT NULL";

  @Inject ContainerResources resources;

  @Override
  public List<DisclosureColumn> template() {
    List<DisclosureColumn> province =
        query(
            "SELECT "
                + COLUMNS
                + " FROM yg.disclosure_column WHERE tenant_id IS NULL AND province_code IS NOT NULL");
    if (!province.isEmpty()) {
      return province;
    }
    return query(
        "SELECT "
            + COLUMNS
            + " FROM yg.disclosure_column WHERE tenant_id IS NULL AND province_code IS NULL");
  }

  @Override
  public List<DisclosureColumn> county() {
    return query("SELECT " + COLUMNS + " FROM yg.disclosure_column WHERE tenant_id IS NOT NULL");
  }

  @Override
  public void saveCounty(DisclosureColumn col) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.disclosure_column (id, tenant_id, code, parent_code, kind, name_zh,"
                    + " name_en, sort_order, hidden) VALUES (?,"
                    + " NULLIF(current_setting('app.tenant_id', true), '')::uuid, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid),"
                    + " COALESCE(province_code, ''), code) DO UPDATE SET parent_code ="
                    + " EXCLUDED.parent_code, kind = EXCLUDED.kind, name_zh = EXCLUDED.name_zh,"
                    + " name_en = EXCLUDED.name_en, sort_order = EXCLUDED.sort_order, hidden ="
                    + " EXCLUDED.hidden")) {
      ps.setObject(1, UUID.randomUUID());
      ps.setString(2, col.code());
      ps.setString(3, col.parentCode());
      ps.setString(4, col.kind().name());
      ps.setString(5, col.nameZh());
      ps.setString(6, col.nameEn());
      ps.setInt(7, col.sortOrder());
      ps.setBoolean(8, col.hidden());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("disclosure columns: " + e.getMessage(), e);
    }
  }

  private List<DisclosureColumn> query(String sql) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql);
        ResultSet rs = ps.executeQuery()) {
      List<DisclosureColumn> out = new ArrayList<>();
      while (rs.next()) {
        out.add(
            new DisclosureColumn(
                rs.getString(1),
                rs.getString(2),
                DisclosureColumn.Kind.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getString(5),
                rs.getInt(6),
                rs.getBoolean(7),
                rs.getBoolean(8)));
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("disclosure columns: " + e.getMessage(), e);
    }
  }
}
