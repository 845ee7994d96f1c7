package cn.yangguang.kernel.calendar.application;

import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.calendar.domain.YearSchedule;
import cn.yangguang.kernel.clock.application.ClockService;
import cn.yangguang.kernel.system.SharedCalendarWriter;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Confirms a year's schedule (national or one province's) and then recomputes, county by county,
 * every open clock whose deadline was provisional: provisional deadlines become final, each change
 * recorded in the clock's history and the audit trail.
 */
@ApplicationScoped
public class CalendarAdministration {

  @Inject SharedCalendarWriter writer;
  @Inject TenantDirectory directory;
  @Inject ClockService clocks;
  @Inject PlatformClock time;
  @Inject cn.yangguang.kernel.tenancy.application.TenantTransactions transactions;
  @Inject CalendarRepository overrides;
  @Inject cn.yangguang.kernel.audit.AuditTrail audit;
  @Inject cn.yangguang.kernel.persistence.ContainerResources resources;

  /**
   * Confirms the schedule and recomputes the affected clocks.
   *
   * @param provinceCode the province, or null for the national schedule
   * @return clocks recomputed
   */
  public int confirm(String provinceCode, YearSchedule schedule, String actor) {
    if (!schedule.confirmed()) {
      throw new IllegalArgumentException("only a confirmed schedule can be loaded");
    }
    writer.confirm(provinceCode, schedule, actor, time.now());
    int recomputed = 0;
    for (ResolvedTenant t : directory.all()) {
      if (provinceCode == null || provinceCode.equals(t.facts().provinceCode())) {
        recomputed += clocks.recomputeForYear(t.ref(), schedule.year(), actor);
      }
    }
    return recomputed;
  }

  /**
   * Replaces a county's own exceptions for {@code year} (local holidays, local make-up days) and
   * recomputes its clocks. The rows are the county's: written in its transaction, under row-level
   * security, with an audit entry.
   *
   * @return clocks recomputed
   */
  public int overrideForTenant(
      cn.yangguang.api.tenant.TenantRef tenant,
      int year,
      java.util.List<cn.yangguang.kernel.calendar.domain.CalendarDay> days,
      String actor) {
    transactions.run(
        tenant,
        () -> {
          overrides.replace(tenant.id(), year, days);
          audit.record(
              tenant,
              actor,
              null,
              "calendar",
              Integer.toString(year),
              "calendar.override",
              jakarta.json.Json.createObjectBuilder()
                  .add("year", year)
                  .add("days", days.size())
                  .build()
                  .toString());
        });
    return clocks.recomputeForYear(tenant, year, actor);
  }

  /** Years that deadlines needed before anyone confirmed them, per province, oldest year first. */
  public java.util.List<MissingYear> missingYears() {
    java.util.List<MissingYear> out = new java.util.ArrayList<>();
    try (java.sql.Connection c = resources.appDataSource().getConnection();
        java.sql.PreparedStatement ps =
            c.prepareStatement(
                "SELECT province_code, year, first_needed FROM yg.calendar_missing_year ORDER BY year, province_code");
        java.sql.ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.add(
            new MissingYear(
                rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant().toString()));
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("could not read the missing years: " + e.getMessage(), e);
    }
    return out;
  }

  /** A year still to load for a province. */
  public record MissingYear(String provinceCode, int year, String firstNeeded) {}
}
