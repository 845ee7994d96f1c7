package cn.yangguang.kernel.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The working-day calendar a tenant sees: the confirmed schedules (national, province or tenant
 * override, merged by the caller into one schedule per year) over the weekday rule (Monday to
 * Friday work). A year without a confirmed schedule falls back to {@link
 * StatutoryHolidays#provisional(int)}; {@link DeadlineCalculator} reports such years in its results
 * instead of this class keeping hidden state. Immutable and thread-safe.
 */
public final class WorkingCalendar {

  private final Map<Integer, YearSchedule> confirmed;

  /**
   * A calendar over the given confirmed schedules.
   *
   * @param confirmedYears at most one schedule per year, each {@code confirmed}; not null, no null
   *     element; may be empty (every year is then provisional); copied
   * @throws NullPointerException if {@code confirmedYears} or an element is null
   * @throws IllegalArgumentException if a schedule is not confirmed or a year appears twice
   */
  public WorkingCalendar(Collection<YearSchedule> confirmedYears) {
    Objects.requireNonNull(confirmedYears, "confirmedYears");
    Map<Integer, YearSchedule> byYear = new HashMap<>();
    for (YearSchedule schedule : confirmedYears) {
      Objects.requireNonNull(schedule, "schedule");
      if (!schedule.confirmed()) {
        throw new IllegalArgumentException("schedule of " + schedule.year() + " is not confirmed");
      }
      if (byYear.putIfAbsent(schedule.year(), schedule) != null) {
        throw new IllegalArgumentException("two schedules for " + schedule.year());
      }
    }
    this.confirmed = Map.copyOf(byYear);
  }

  /**
   * Whether a date is a working day: its exception if the year's schedule has one (a {@link
   * DayKind#WORKDAY} works, a {@link DayKind#HOLIDAY} does not), else Monday to Friday. A year
   * without a confirmed schedule uses its provisional statutory holidays.
   *
   * @param date not null
   * @throws NullPointerException if {@code date} is null
   * @throws IllegalArgumentException if the year has no confirmed schedule and is outside the years
   *     {@link StatutoryHolidays#provisional(int)} supports (2008-2099)
   */
  public boolean isWorkingDay(LocalDate date) {
    return isWorkingDay(date, null);
  }

  /**
   * Whether a year has a confirmed schedule in this calendar.
   *
   * @param year any year
   * @return true when a confirmed schedule was given for it
   */
  public boolean isConfirmed(int year) {
    return confirmed.containsKey(year);
  }

  /**
   * As {@link #isWorkingDay(LocalDate)}, adding the year to {@code missingYears} (when not null) if
   * it has no confirmed schedule.
   */
  boolean isWorkingDay(LocalDate date, Set<Integer> missingYears) {
    Objects.requireNonNull(date, "date");
    YearSchedule schedule = confirmed.get(date.getYear());
    if (schedule == null) {
      schedule = StatutoryHolidays.provisional(date.getYear());
      if (missingYears != null) {
        missingYears.add(date.getYear());
      }
    }
    return schedule
        .day(date)
        .map(day -> day.kind() == DayKind.WORKDAY)
        .orElseGet(() -> !isWeekend(date));
  }

  private static boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }
}
