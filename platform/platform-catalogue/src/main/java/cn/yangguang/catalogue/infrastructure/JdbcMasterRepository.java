package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.domain.MasterRepository;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.sharedrows.ProvinceRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@link MasterRepository} on the shared rows of {@code yg.catalogue_item}. Counties read their
 * province's master with the application role (row-level security's {@code shared_read}); the
 * province's admins read and write through the kernel's {@link ProvinceRows} port, which audits
 * every write and whose database guard keeps it to that province's rows.
 */
@ApplicationScoped
public class JdbcMasterRepository implements MasterRepository {

  private static final String SHARED =
      " FROM yg.catalogue_item WHERE tenant_id IS NULL AND province_code = ";

  @Inject ContainerResources resources;
  @Inject ProvinceRows province;

  @Override
  public Map<String, ServiceItem> publishedForCounty() {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT "
                    + JdbcItemRepository.COLUMNS
                    + SHARED
                    + "current_setting('app.province_code', true) AND status = 'PUBLISHED'"
                    + " ORDER BY item_key")) {
      return byKey(ps);
    } catch (SQLException e) {
      throw JdbcItemRepository.failure(e);
    }
  }

  @Override
  public List<ServiceItem> published(String provinceCode) {
    return province.read(provinceCode, c -> List.copyOf(published(c, provinceCode).values()));
  }

  @Override
  public Stored store(
      String provinceCode, List<MasterRow> rows, String fileName, Instant now, String actor) {
    ProvinceRows.Change change =
        new ProvinceRows.Change(
            provinceCode,
            actor,
            "catalogue.master.import",
            "master catalogue of province " + provinceCode + " from " + fileName,
            Json.createObjectBuilder()
                .add("file", fileName)
                .add("rows", rows.size())
                .build()
                .toString());
    if (province.read(provinceCode, c -> unchanged(published(c, provinceCode), rows))) {
      // nothing to write, so nothing to audit (every node's start-up import of the demo master)
      return new Stored(List.of(), List.of(), List.of(), rows.size());
    }
    return province.write(change, c -> apply(c, provinceCode, rows, now, actor));
  }

  /** Whether every row asks for what is stored: the same published fields, or retired and gone. */
  private static boolean unchanged(Map<String, ServiceItem> published, List<MasterRow> rows) {
    return rows.stream()
        .allMatch(
            r -> {
              ServiceItem current = published.get(r.fields().key());
              return "RETIRED".equals(r.status())
                  ? current == null
                  : current != null && current.fields().equals(r.fields());
            });
  }

  private Stored apply(
      Connection c, String provinceCode, List<MasterRow> rows, Instant now, String actor)
      throws SQLException {
    Map<String, ServiceItem> published = published(c, provinceCode);
    Map<String, Integer> last = lastVersions(c, provinceCode);
    List<String> created = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    List<String> retired = new ArrayList<>();
    int unchanged = 0;
    for (MasterRow row : rows) {
      String key = row.fields().key();
      ServiceItem current = published.get(key);
      if ("RETIRED".equals(row.status())) {
        if (current == null) {
          unchanged++;
        } else {
          status(c, current.retired(now));
          retired.add(key);
        }
        continue;
      }
      if (current != null && current.fields().equals(row.fields())) {
        unchanged++;
        continue;
      }
      int version = last.getOrDefault(key, 0) + 1;
      if (current != null) {
        status(c, current.superseded());
      }
      ServiceItem next =
          new ServiceItem(
                  UUID.randomUUID(),
                  version,
                  ServiceItem.Status.DRAFT,
                  row.fields(),
                  now,
                  actor,
                  null,
                  null)
              .published(now);
      try (PreparedStatement ps =
          c.prepareStatement(
              JdbcItemRepository.INSERT_INTO
                  + "NULL, current_setting('app.shared_province'), "
                  + JdbcItemRepository.INSERT_VALUES)) {
        JdbcItemRepository.bind(ps, next, c);
        ps.executeUpdate();
      }
      (last.containsKey(key) ? changed : created).add(key);
    }
    return new Stored(created, changed, retired, unchanged);
  }

  private static Map<String, ServiceItem> published(Connection c, String provinceCode)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT "
                + JdbcItemRepository.COLUMNS
                + SHARED
                + "? AND status = 'PUBLISHED' ORDER BY item_key")) {
      ps.setString(1, provinceCode);
      return byKey(ps);
    }
  }

  private static Map<String, Integer> lastVersions(Connection c, String provinceCode)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT item_key, max(version)" + SHARED + "? GROUP BY item_key")) {
      ps.setString(1, provinceCode);
      Map<String, Integer> out = new HashMap<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getInt(2));
        }
      }
      return out;
    }
  }

  private static void status(Connection c, ServiceItem item) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE yg.catalogue_item SET status = ?, published_at = ?, retired_at = ?"
                + " WHERE id = ? AND tenant_id IS NULL")) {
      ps.setString(1, item.status().name());
      ps.setTimestamp(2, JdbcItemRepository.ts(item.publishedAt()));
      ps.setTimestamp(3, JdbcItemRepository.ts(item.retiredAt()));
      ps.setObject(4, item.id());
      ps.executeUpdate();
    }
  }

  private static Map<String, ServiceItem> byKey(PreparedStatement ps) throws SQLException {
    Map<String, ServiceItem> out = new LinkedHashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ServiceItem i = JdbcItemRepository.map(rs);
        out.put(i.key(), i);
      }
    }
    return out;
  }
}
