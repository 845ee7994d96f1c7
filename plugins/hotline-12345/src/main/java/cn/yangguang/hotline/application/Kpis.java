package cn.yangguang.hotline.application;

import cn.yangguang.api.plugin.PluginClocks;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.hotline.domain.KpiFigures;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The KPIs of each handling unit and of the county over a period of dispatch dates. */
public final class Kpis {

  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private final PluginContext context;
  private final TenantRef tenant;

  /** For one county. */
  public Kpis(PluginContext context, TenantRef tenant) {
    this.context = context;
    this.tenant = tenant;
  }

  /**
   * One row of the report.
   *
   * @param unit the unit's code, or {@code *} for the county
   * @param name its name
   * @param figures the counts
   * @param signRate 签收率
   * @param onTimeRate 按时办结率
   * @param satisfactionRate 满意率
   * @param returnRate 退单率
   * @param redoRate 重办率
   */
  public record Row(
      String unit,
      String name,
      KpiFigures figures,
      Double signRate,
      Double onTimeRate,
      Double satisfactionRate,
      Double returnRate,
      Double redoRate) {
    static Row of(String unit, String name, KpiFigures f) {
      return new Row(
          unit,
          name,
          f,
          f.signRate(),
          f.onTimeRate(),
          f.satisfactionRate(),
          f.returnRate(),
          f.redoRate());
    }
  }

  /**
   * The report.
   *
   * @param from first day
   * @param to the day after the last
   * @param county the county's row
   * @param units one row per unit that had dispatches
   */
  public record Report(LocalDate from, LocalDate to, Row county, List<Row> units) {}

  /** The report of lead dispatches made from {@code from} (inclusive) to {@code to} (exclusive). */
  public Report report(LocalDate from, LocalDate to) {
    Map<String, String> names = new JdbcCatalogue(context, tenant).units();
    Map<String, int[]> counts = new HashMap<>();
    List<Object[]> open = new ArrayList<>();
    context
        .data()
        .inTenant(
            tenant,
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT unit, count(*), count(*) FILTER (WHERE signed_on_time),"
                          + " count(*) FILTER (WHERE returned_at IS NOT NULL),"
                          + " count(*) FILTER (WHERE replied_at IS NOT NULL),"
                          + " count(*) FILTER (WHERE replied_on_time),"
                          + " count(*) FILTER (WHERE satisfaction IS NOT NULL),"
                          + " count(*) FILTER (WHERE satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED')),"
                          + " count(*) FILTER (WHERE redo)"
                          + " FROM "
                          + context.schema()
                          + ".assignment WHERE lead AND dispatched_at >= ? AND dispatched_at < ?"
                          + " GROUP BY unit")) {
                ps.setObject(1, from.atStartOfDay(ZONE).toOffsetDateTime());
                ps.setObject(2, to.atStartOfDay(ZONE).toOffsetDateTime());
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    int[] n = new int[9];
                    for (int i = 0; i < 8; i++) {
                      n[i] = rs.getInt(i + 2);
                    }
                    counts.put(rs.getString(1), n);
                  }
                }
              }
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT unit, handle_clock FROM "
                          + context.schema()
                          + ".assignment WHERE lead AND signed_at IS NOT NULL AND replied_at IS NULL"
                          + " AND handle_clock IS NOT NULL AND dispatched_at >= ? AND dispatched_at < ?")) {
                ps.setObject(1, from.atStartOfDay(ZONE).toOffsetDateTime());
                ps.setObject(2, to.atStartOfDay(ZONE).toOffsetDateTime());
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    open.add(new Object[] {rs.getString(1), rs.getObject(2, UUID.class)});
                  }
                }
              }
              return null;
            });
    Map<String, Integer> overdue = new HashMap<>();
    for (Object[] o : open) {
      boolean late =
          context
              .clocks()
              .find(tenant, (UUID) o[1])
              .filter(v -> v.level() == PluginClocks.Level.OVERDUE)
              .isPresent();
      if (late) {
        overdue.merge((String) o[0], 1, Integer::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    KpiFigures total = KpiFigures.NONE;
    for (var e : new java.util.TreeMap<>(counts).entrySet()) {
      int[] n = e.getValue();
      KpiFigures f =
          new KpiFigures(
              n[0], n[1], n[2], n[3], n[4], overdue.getOrDefault(e.getKey(), 0), n[5], n[6], n[7]);
      rows.add(Row.of(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), f));
      total = total.plus(f);
    }
    return new Report(from, to, Row.of("*", tenant.slug(), total), rows);
  }
}
