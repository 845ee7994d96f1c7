package cn.yangguang.web.platform;

import cn.yangguang.kernel.calendar.application.CalendarAdministration;
import cn.yangguang.kernel.calendar.domain.CalendarDay;
import cn.yangguang.kernel.calendar.domain.DayKind;
import cn.yangguang.kernel.calendar.domain.YearSchedule;
import cn.yangguang.web.http.FieldError;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Loading or correcting a year's working-day schedule (national, or one province's), and the list
 * of years that deadlines needed before anyone confirmed them.
 */
@Path("api/v1/platform/calendars")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class CalendarAdminResource {

  @Inject CallerContext callerContext;

  @Inject CalendarAdministration administration;

  /** Confirms the schedule of {@code year}; answers how many provisional clocks were recomputed. */
  @PUT
  @Path("{year}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Confirmed confirm(
      @PathParam("year") @Min(2000) @Max(2100) int year,
      @QueryParam("province") @Pattern(regexp = "\\d{2}0000") String province,
      @NotNull @Valid Schedule body) {
    List<CalendarDay> days = days(year, body);
    int recomputed =
        administration.confirm(
            province, new YearSchedule(year, days, true, body.source()), callerContext.actor());
    return new Confirmed(year, province, days.size(), recomputed);
  }

  /** Years deadlines needed without a confirmed schedule, per province. */
  @GET
  @Path("missing")
  public List<CalendarAdministration.MissingYear> missing() {
    return administration.missingYears();
  }

  /**
   * The days of a schedule as sent, checked: every date valid, in {@code year}, and given once.
   *
   * @throws ProblemException 400 naming every day at fault
   */
  public static List<CalendarDay> days(int year, Schedule body) {
    List<CalendarDay> days = new ArrayList<>();
    List<FieldError> errors = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    for (int i = 0; i < body.days().size(); i++) {
      Day d = body.days().get(i);
      try {
        LocalDate date = LocalDate.parse(d.date());
        if (date.getYear() != year) {
          errors.add(new FieldError("days[" + i + "].date", "is not in " + year));
        } else if (!seen.add(date)) {
          errors.add(new FieldError("days[" + i + "].date", "appears twice"));
        } else {
          days.add(new CalendarDay(date, DayKind.valueOf(d.kind()), d.name()));
        }
      } catch (DateTimeParseException e) {
        errors.add(new FieldError("days[" + i + "].date", "must be a date YYYY-MM-DD"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ProblemException(
          400, "Invalid input", errors.size() + " day(s) invalid; nothing was changed", errors);
    }
    return days;
  }

  /** A year's schedule as sent. */
  public record Schedule(
      @NotBlank @Size(max = 200) String source,
      @NotNull @Size(max = 120) List<@Valid @NotNull Day> days) {}

  /** One exception to the weekday rule. */
  public record Day(
      @NotBlank String date,
      @NotBlank @Pattern(regexp = "HOLIDAY|WORKDAY") String kind,
      @NotBlank @Size(max = 60) String name) {}

  /** What a confirmation did. */
  public record Confirmed(int year, String province, int days, int clocksRecomputed) {}
}
