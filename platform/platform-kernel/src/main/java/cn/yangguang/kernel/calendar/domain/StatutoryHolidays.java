package cn.yangguang.kernel.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The public holidays fixed by law (国务院《全国年节及纪念日放假办法》), used as the provisional schedule of a year
 * whose schedule is not yet published. Stateless apart from an internal cache; thread-safe.
 *
 * <p>The rule in force for the year is applied:
 *
 * <ul>
 *   <li>2025 onwards (as amended 2024, 13 days): 元旦 1/1; 春节 除夕 to 正月初三 (4 days; 除夕 is the last day
 *       of the lunar year, the 29th or 30th of the 12th month); 清明 (the day of the Qingming solar
 *       term); 劳动节 5/1-5/2; 端午 (五月初五); 中秋 (八月十五); 国庆 10/1-10/3.
 *   <li>2014-2024 (as amended 2013, 11 days): 春节 正月初一 to 初三; 劳动节 5/1 only; otherwise the same.
 *   <li>2008-2013 (as amended 2007, 11 days): 春节 除夕 to 正月初二; otherwise as 2014-2024.
 * </ul>
 *
 * <p>The provisional schedule has no make-up working days: those are known only when the schedule
 * is published. Where 中秋 falls on 10/1-10/3 (e.g. 2020) the day is recorded once, named "国庆节、中秋节".
 */
public final class StatutoryHolidays {

  /** The {@link YearSchedule#source()} of every provisional schedule. */
  static final String SOURCE = "statutory holidays (provisional)";

  static final int FIRST_YEAR = 2008;
  static final int LAST_YEAR = 2099;

  private static final Map<Integer, YearSchedule> CACHE = new ConcurrentHashMap<>();

  private StatutoryHolidays() {}

  /**
   * The provisional schedule of a year: its statutory holidays as {@link DayKind#HOLIDAY} days, no
   * make-up days, {@code confirmed = false}, source {@code "statutory holidays (provisional)"}.
   *
   * @param year from 2008 to 2099 (the Qingming formula holds for 2000-2099; the festivals date
   *     from the 2007 amendment)
   * @return the schedule, never null
   * @throws IllegalArgumentException if {@code year} is outside 2008-2099
   */
  public static YearSchedule provisional(int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "no statutory holiday rule for " + year + " (" + FIRST_YEAR + "-" + LAST_YEAR + ")");
    }
    return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
  }

  /**
   * The day of April of the Qingming solar term, for 2000-2099: floor(Y * 0.2422 + 4.81) - floor(Y
   * / 4) with Y = year % 100, in integer arithmetic (no rounding error).
   */
  static int qingmingDay(int year) {
    int y = year % 100;
    return (y * 2422 + 48100) / 10000 - y / 4;
  }

  private static YearSchedule compute(int year) {
    LunarDates.Festivals lunar = LunarDates.of(year);
    Map<LocalDate, String> names = new LinkedHashMap<>();
    add(names, LocalDate.of(year, 1, 1), 1, "元旦");
    LocalDate newYear = lunar.newYear();
    if (year >= 2025) {
      add(names, newYear.minusDays(1), 4, "春节");
    } else if (year >= 2014) {
      add(names, newYear, 3, "春节");
    } else {
      add(names, newYear.minusDays(1), 3, "春节");
    }
    add(names, LocalDate.of(year, 4, qingmingDay(year)), 1, "清明节");
    add(names, LocalDate.of(year, 5, 1), year >= 2025 ? 2 : 1, "劳动节");
    add(names, lunar.dragonBoat(), 1, "端午节");
    add(names, LocalDate.of(year, 10, 1), 3, "国庆节");
    add(names, lunar.midAutumn(), 1, "中秋节");
    List<CalendarDay> days = new ArrayList<>(names.size());
    names.forEach((date, name) -> days.add(new CalendarDay(date, DayKind.HOLIDAY, name)));
    return new YearSchedule(year, days, false, SOURCE);
  }

  private static void add(Map<LocalDate, String> names, LocalDate first, int count, String name) {
    for (int i = 0; i < count; i++) {
      names.merge(first.plusDays(i), name, (old, added) -> old + "、" + added);
    }
  }
}
