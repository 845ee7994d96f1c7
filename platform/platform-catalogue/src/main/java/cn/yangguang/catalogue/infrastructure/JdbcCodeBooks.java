package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CodeBooks;
import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.kernel.persistence.ContainerResources;
import cn.yangguang.kernel.sharedrows.ProvinceRows;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CodeBooks} from the kernel's code lists ({@code catalogue.*}), in one query: national
 * entries first, then the province's, then the county's, so the more specific label wins. Kept per
 * county for {@link #MAX_AGE} (every guide page needs the labels; lists change rarely, through the
 * operator API), so a new entry shows within seconds on every node.
 */
@ApplicationScoped
public class JdbcCodeBooks implements CodeBooks {

  @Inject ContainerResources resources;
  @Inject TenantTransactions transactions;

  @Inject ProvinceRows province;

  private static final String SELECT =
      "SELECT list_code, code, label_zh, label_en FROM yg.code_list_entry"
          + " WHERE list_code LIKE 'catalogue.%'";
  private static final String ORDER =
      " ORDER BY (tenant_id IS NOT NULL), (province_code IS NOT NULL), sort_order";

  static final java.time.Duration MAX_AGE = java.time.Duration.ofSeconds(10);

  private record Cached(CodeBook book, java.time.Instant loaded) {}

  private final java.util.concurrent.ConcurrentMap<java.util.UUID, Cached> cache =
      new java.util.concurrent.ConcurrentHashMap<>();

  @Override
  public CodeBook of(TenantRef tenant) {
    java.time.Instant now = java.time.Instant.now();
    Cached c = cache.get(tenant.id());
    if (c == null || c.loaded().plus(MAX_AGE).isBefore(now)) {
      c = new Cached(transactions.call(tenant, this::load), now);
      cache.put(tenant.id(), c);
    }
    return c.book();
  }

  @Override
  public CodeBook ofProvince(String provinceCode) {
    return province.read(
        provinceCode,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  SELECT
                      + " AND tenant_id IS NULL AND (province_code IS NULL OR province_code = ?)"
                      + ORDER)) {
            ps.setString(1, provinceCode);
            return load(ps);
          }
        });
  }

  private CodeBook load() throws SQLException {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps = c.prepareStatement(SELECT + ORDER)) {
      return load(ps);
    }
  }

  private static CodeBook load(PreparedStatement ps) throws SQLException {
    Map<String, String[]> byCode = new HashMap<>();
    Map<String, String> byLabel = new HashMap<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        String list = rs.getString(1);
        String code = rs.getString(2);
        byCode.put(list + "\u0000" + code, new String[] {rs.getString(3), rs.getString(4)});
        byLabel.put(list + "\u0000" + rs.getString(3), code);
      }
    }
    return new Book(Map.copyOf(byCode), Map.copyOf(byLabel));
  }

  private record Book(Map<String, String[]> byCode, Map<String, String> byLabel)
      implements CodeBook {

    @Override
    public Optional<String> code(String list, String codeOrLabel) {
      String v = codeOrLabel.strip();
      if (byCode.containsKey(list + "\u0000" + v)) {
        return Optional.of(v);
      }
      return Optional.ofNullable(byLabel.get(list + "\u0000" + v));
    }

    @Override
    public String label(String list, String code) {
      String[] labels = byCode.get(list + "\u0000" + code);
      return labels == null ? code : labels[0];
    }

    @Override
    public String labelEn(String list, String code) {
      String[] labels = byCode.get(list + "\u0000" + code);
      return labels == null ? code : labels[1] == null ? labels[0] : labels[1];
    }
  }
}
