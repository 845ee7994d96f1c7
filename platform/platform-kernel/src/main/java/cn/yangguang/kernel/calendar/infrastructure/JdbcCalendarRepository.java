package cn.yangguang.kernel.calendar.infrastructure;

import cn.yangguang.kernel.calendar.application.CalendarRepository;
import cn.yangguang.kernel.calendar.domain.CalendarDay;
import cn.yangguang.kernel.calendar.domain.DayKind;
import cn.yangguang.kernel.calendar.domain.YearSchedule;
import cn.yangguang.kernel.persistence.ContainerResources;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** The calendar tables through the application role, scoped by row-level security. */
@ApplicationScoped
public class JdbcCalendarRepository implements CalendarRepository {

  /** 0 = the tenant's own row, 1 = its province's, 2 = national: lower wins. */
  private static final String SPECIFICITY =
      "CASE WHEN tenant_id IS NOT NULL THEN 0 WHEN province_code IS NOT NULL THEN 1 ELSE 2 END";

  @Inject ContainerResources resources;

  @Override
  public List<YearSchedule> confirmedYears() {
    try (Connection c = resources.appDataSource().getConnection()) {
      Map<Integer, String> sources = new TreeMap<>();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT ON (year) year, source FROM yg.calendar_year ORDER BY year, "
                      + SPECIFICITY);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sources.put(rs.getInt(1), rs.getString(2));
        }
      }
      Map<Integer, List<CalendarDay>> days = new TreeMap<>();
      try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT ON (day) day, kind, name FROM yg.calendar_day ORDER BY day, "
                      + SPECIFICITY);
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          LocalDate day = rs.getObject(1, LocalDate.class);
          days.computeIfAbsent(day.getYear(), y -> new ArrayList<>())
              .add(new CalendarDay(day, DayKind.valueOf(rs.getString(2)), rs.getString(3)));
        }
      }
      List<YearSchedule> out = new ArrayList<>();
      sources.forEach(
          (year, source) ->
              out.add(new YearSchedule(year, days.getOrDefault(year, List.of()), true, source)));
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the calendar: " + e.getMessage(), e);
    }
  }

  @Override
  public void recordMissingYear(String provinceCode, int year) {
    try (Connection c = resources.appDataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO yg.calendar_missing_year (province_code, year, first_needed) VALUES (?, ?, now())"
                    + " ON CONFLICT DO NOTHING")) {
      ps.setString(1, provinceCode);
      ps.setInt(2, year);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("could not record the missing year: " + e.getMessage(), e);
    }
  }

  @Override
  public void replace(UUID tenantId, int year, List<CalendarDay> days) {
    try (Connection c = resources.appDataSource().getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "DELETE FROM yg.calendar_day WHERE tenant_id = ? AND EXTRACT(YEAR FROM day) = ?")) {
        ps.setObject(1, tenantId);
        ps.setInt(2, year);
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO yg.calendar_day (id, tenant_id, day, kind, name) VALUES (?, ?, ?, ?, ?)")) {
        for (CalendarDay d : days) {
          ps.setObject(1, UUID.randomUUID());
          ps.setObject(2, tenantId);
          ps.setObject(3, d.date());
          ps.setString(4, d.kind().name());
          ps.setString(5, d.name());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not store the county's calendar: " + e.getMessage(), e);
    }
  }
}
