package cn.yangguang.web.kernel;

import cn.yangguang.kernel.calendar.application.TenantCalendars;
import cn.yangguang.kernel.calendar.domain.Deadline;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A county's working-day calendar: deadlines, and the days of a year as the county sees them. */
@Path("t/{tenant}/api/v1/calendar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CalendarResource {

  @Inject CallerContext callerContext;

  @Inject TenantContext context;
  @Inject TenantCalendars calendars;
  @Inject cn.yangguang.kernel.calendar.application.CalendarAdministration administration;

  /**
   * The deadline of {@code amount} units counted from the day after {@code from}. A deadline that
   * needs a year without a confirmed schedule is provisional and names the missing years.
   */
  @GET
  @Path("deadline")
  public DeadlineDto deadline(
      @PathParam("tenant") String slug,
      @QueryParam("from") @NotNull String from,
      @QueryParam("amount") @NotNull @Min(0) @Max(3650) Integer amount,
      @QueryParam("unit") @NotNull String unit) {
    ResolvedTenant tenant = context.require();
    LocalDate start = date("from", from);
    TimeUnit u = unit(unit);
    Deadline d =
        calendars.deadline(
            tenant.ref(),
            tenant.zone(),
            tenant.hours(),
            start.atStartOfDay(tenant.zone()).toInstant(),
            amount,
            u);
    return new DeadlineDto(
        start.toString(),
        amount,
        u.name(),
        d.date().toString(),
        d.due().toString(),
        d.provisional(),
        List.copyOf(d.missingYears()));
  }

  /**
   * Every non-working weekday and working weekend day of a year, and whether the year is confirmed.
   */
  @GET
  @Path("years/{year}")
  public YearDto year(
      @PathParam("tenant") String slug, @PathParam("year") @Min(2008) @Max(2099) int year) {
    ResolvedTenant tenant = context.require();
    WorkingCalendar calendar = calendars.calendar(tenant.ref());
    List<String> offWeekdays = new ArrayList<>();
    List<String> workingWeekends = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      boolean weekend = d.getDayOfWeek().getValue() >= 6;
      boolean working = calendar.isWorkingDay(d);
      if (!weekend && !working) {
        offWeekdays.add(d.toString());
      } else if (weekend && working) {
        workingWeekends.add(d.toString());
      }
    }
    return new YearDto(year, calendar.isConfirmed(year), offWeekdays, workingWeekends);
  }

  /**
   * Replaces the county's own exceptions for a year (local holidays, local make-up days) and
   * recomputes the clocks they move. Operators for now; the county's administrators once identity
   * arrives.
   */
  @jakarta.ws.rs.PUT
  @Path("years/{year}/overrides")
  @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
  @cn.yangguang.web.security.OperatorOnly
  public OverrideResult override(
      @PathParam("tenant") String slug,
      @PathParam("year") @Min(2008) @Max(2099) int year,
      @NotNull @jakarta.validation.Valid
          cn.yangguang.web.platform.CalendarAdminResource.Schedule body) {
    List<cn.yangguang.kernel.calendar.domain.CalendarDay> days =
        cn.yangguang.web.platform.CalendarAdminResource.days(year, body);
    int recomputed =
        administration.overrideForTenant(
            context.require().ref(), year, days, callerContext.actor());
    return new OverrideResult(year, days.size(), recomputed);
  }

  /** What an override did. */
  public record OverrideResult(int year, int days, int clocksRecomputed) {}

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ProblemException.badField(field, "must be a date YYYY-MM-DD");
    }
  }

  private static TimeUnit unit(String value) {
    try {
      return TimeUnit.valueOf(value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField(
          "unit", "must be WORKING_DAYS, NATURAL_DAYS, HOURS or WORKING_HOURS");
    }
  }

  /**
   * A deadline as the API shows it; {@code due} is the instant it passes (the end of the last day).
   */
  public record DeadlineDto(
      String from,
      long amount,
      String unit,
      String deadline,
      String due,
      boolean provisional,
      List<Integer> missingYears) {}

  /** A year as the county sees it. */
  public record YearDto(
      int year, boolean confirmed, List<String> offWeekdays, List<String> workingWeekends) {}
}
