package cn.yangguang.kernel.system;

import cn.yangguang.kernel.audit.OperatorAudit;
import cn.yangguang.kernel.calendar.domain.CalendarDay;
import cn.yangguang.kernel.calendar.domain.YearSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The audited path for shared calendar rows: confirms (loads or corrects) the national schedule of
 * a year, or one province's, replacing its days, and clears the year from the missing list. One
 * JDBC transaction as {@code yg_system}, with its operator-audit entry.
 */
@ApplicationScoped
public class SharedCalendarWriter {

  @Inject SystemDatabase database;
  @Inject OperatorAudit audit;

  /**
   * Replaces the shared schedule of {@code schedule.year()}.
   *
   * @param provinceCode the province, or null for the national schedule
   * @param schedule the year's exceptions to the weekday rule (confirmed)
   * @param actor who confirmed it
   */
  public void confirm(String provinceCode, YearSchedule schedule, String actor, Instant now) {
    database.transaction(
        "confirming calendar " + schedule.year(),
        c -> {
          delete(
              c,
              "DELETE FROM yg.calendar_day WHERE tenant_id IS NULL AND province_code IS NOT DISTINCT FROM ?"
                  + " AND EXTRACT(YEAR FROM day) = ?",
              provinceCode,
              schedule.year());
          delete(
              c,
              "DELETE FROM yg.calendar_year WHERE tenant_id IS NULL AND province_code IS NOT DISTINCT FROM ?"
                  + " AND year = ?",
              provinceCode,
              schedule.year());
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO yg.calendar_year (id, province_code, year, source, confirmed_at, confirmed_by)"
                      + " VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, provinceCode);
            ps.setInt(3, schedule.year());
            ps.setString(4, schedule.source());
            ps.setTimestamp(5, Timestamp.from(now));
            ps.setString(6, actor);
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO yg.calendar_day (id, province_code, day, kind, name) VALUES (?, ?, ?, ?, ?)")) {
            for (CalendarDay d : schedule.days()) {
              ps.setObject(1, UUID.randomUUID());
              ps.setString(2, provinceCode);
              ps.setObject(3, d.date());
              ps.setString(4, d.kind().name());
              ps.setString(5, d.name());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  provinceCode == null
                      ? "DELETE FROM yg.calendar_missing_year WHERE year = ?"
                      : "DELETE FROM yg.calendar_missing_year WHERE year = ? AND province_code = ?")) {
            ps.setInt(1, schedule.year());
            if (provinceCode != null) {
              ps.setString(2, provinceCode);
            }
            ps.executeUpdate();
          }
          audit.record(
              c,
              actor,
              "calendar.confirm",
              null,
              "calendar "
                  + schedule.year()
                  + (provinceCode == null ? " (national)" : " (province " + provinceCode + ")"),
              Json.createObjectBuilder()
                  .add("year", schedule.year())
                  .add("source", schedule.source())
                  .add("days", schedule.days().size())
                  .build()
                  .toString());
          return null;
        });
  }

  private static void delete(Connection c, String sql, String province, int year)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, province);
      ps.setInt(2, year);
      ps.executeUpdate();
    }
  }
}
