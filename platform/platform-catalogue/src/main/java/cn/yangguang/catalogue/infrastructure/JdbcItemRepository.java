package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link ItemRepository} in plain SQL on {@code yg.catalogue_item}. Only the county's own rows are
 * read here (the province master rows that row-level security also shows are read elsewhere), so
 * every query says {@code tenant_id IS NOT NULL}.
 */
@ApplicationScoped
public class JdbcItemRepository implements ItemRepository {

  static final Jsonb JSONB = JsonbBuilder.create();
  static final String COLUMNS =
      "id, version, status, fields, created_at, created_by, published_at, retired_at";

  /** An insert of a version, up to the values of tenant_id and province_code. */
  static final String INSERT_INTO =
      "INSERT INTO yg.catalogue_item (tenant_id, province_code, id, item_key, version, status, name,"
          + " item_type, base_code, hierarchy, parent_key, department_code, exercise_levels, themes,"
          + " takes_applications, case_kind, promised_limit, promised_unit, charged, online,"
          + " synthetic, fields, created_at, created_by, published_at, retired_at) VALUES (";

  /** The 24 parameters after tenant_id and province_code of an insert ({@link #bind}). */
  static final String INSERT_VALUES =
      "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)";

  private static final String OWN = " FROM yg.catalogue_item WHERE tenant_id IS NOT NULL";

  @Inject ContainerResources resources;

  @Override
  public Optional<ServiceItem> published(String key) {
    return one("SELECT " + COLUMNS + OWN + " AND item_key = ? AND status = 'PUBLISHED'", key);
  }

  @Override
  public List<ServiceItem> published(java.util.Collection<String> keys) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT " + COLUMNS + OWN + " AND status = 'PUBLISHED' AND item_key = ANY (?)")) {
      ps.setArray(1, c.createArrayOf("varchar", keys.toArray()));
      List<ServiceItem> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public Optional<ServiceItem> draft(String key) {
    return one("SELECT " + COLUMNS + OWN + " AND item_key = ? AND status = 'DRAFT'", key);
  }

  @Override
  public Optional<ServiceItem> byId(UUID id) {
    return one("SELECT " + COLUMNS + OWN + " AND id = ?", id);
  }

  @Override
  public List<ServiceItem> allPublished() {
    return many("SELECT " + COLUMNS + OWN + " AND status = 'PUBLISHED' ORDER BY item_key");
  }

  @Override
  public List<ServiceItem> allCurrent() {
    return many(
        "SELECT DISTINCT ON (item_key) "
            + COLUMNS
            + OWN
            + " AND status <> 'SUPERSEDED' ORDER BY item_key,"
            + " CASE status WHEN 'DRAFT' THEN 0 ELSE 1 END, version DESC");
  }

  @Override
  public int lastVersion(String key) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(max(version), 0)" + OWN + " AND item_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void insert(ServiceItem item) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                INSERT_INTO + "current_setting('app.tenant_id')::uuid, NULL, " + INSERT_VALUES)) {
      bind(ps, item, c);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  /**
   * Binds a version to the 24 parameters of {@link #INSERT_VALUES}: id, key, version, status, the
   * queried columns, the fields document, creation, publication and retirement.
   */
  static void bind(PreparedStatement ps, ServiceItem item, Connection c) throws SQLException {
    ItemFields f = item.fields();
    int i = 1;
    ps.setObject(i++, item.id());
    ps.setString(i++, f.key());
    ps.setInt(i++, item.version());
    ps.setString(i++, item.status().name());
    ps.setString(i++, f.name());
    ps.setString(i++, f.itemType());
    ps.setString(i++, f.baseCode());
    ps.setString(i++, f.hierarchy());
    ps.setString(i++, f.parentKey());
    ps.setString(i++, f.departmentCode());
    ps.setArray(i++, c.createArrayOf("text", f.exerciseLevels().toArray()));
    ps.setArray(i++, c.createArrayOf("text", f.themes().toArray()));
    ps.setBoolean(i++, f.takesApplications());
    ps.setString(i++, f.caseKind());
    ps.setObject(i++, f.promised() == null ? null : f.promised().amount());
    ps.setString(i++, f.promised() == null ? null : f.promised().unit());
    ps.setBoolean(i++, f.fee().charged());
    ps.setBoolean(i++, f.online().online());
    ps.setBoolean(i++, f.synthetic());
    ps.setString(i++, JSONB.toJson(f));
    ps.setTimestamp(i++, ts(item.createdAt()));
    ps.setString(i++, item.createdBy());
    ps.setTimestamp(i++, ts(item.publishedAt()));
    ps.setTimestamp(i, ts(item.retiredAt()));
  }

  @Override
  public void updateStatus(ServiceItem item) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE yg.catalogue_item SET status = ?, published_at = ?, retired_at = ?"
                    + " WHERE id = ? AND tenant_id IS NOT NULL")) {
      ps.setString(1, item.status().name());
      ps.setTimestamp(2, ts(item.publishedAt()));
      ps.setTimestamp(3, ts(item.retiredAt()));
      ps.setObject(4, item.id());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  @Override
  public void deleteDraft(UUID id) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM yg.catalogue_item WHERE id = ? AND status = 'DRAFT'"
                    + " AND tenant_id IS NOT NULL")) {
      ps.setObject(1, id);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  private Optional<ServiceItem> one(String sql, Object key) {
    List<ServiceItem> found = query(sql, key);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<ServiceItem> many(String sql) {
    return query(sql, null);
  }

  private List<ServiceItem> query(String sql, Object key) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (key != null) {
        ps.setObject(1, key);
      }
      List<ServiceItem> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(map(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw failure(e);
    }
  }

  static ServiceItem map(ResultSet rs) throws SQLException {
    return new ServiceItem(
        rs.getObject("id", UUID.class),
        rs.getInt("version"),
        ServiceItem.Status.valueOf(rs.getString("status")),
        JSONB.fromJson(rs.getString("fields"), ItemFields.class),
        instant(rs.getTimestamp("created_at")),
        rs.getString("created_by"),
        instant(rs.getTimestamp("published_at")),
        instant(rs.getTimestamp("retired_at")));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  static IllegalStateException failure(SQLException e) {
    return new IllegalStateException("catalogue store failed: " + e.getMessage(), e);
  }
}
