package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.published;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryHolidaysTest {

  /** Years whose 中秋 falls on 10/1-10/3 (reference table in {@link LunarDatesTest}). */
  private static final Set<Integer> MID_AUTUMN_IN_NATIONAL_DAY =
      Set.of(2009, 2020, 2028, 2031, 2039, 2058, 2066, 2077, 2085);

  private static List<String> describe(YearSchedule schedule) {
    return schedule.days().stream().map(d -> d.date() + " " + d.kind() + " " + d.name()).toList();
  }

  @Test
  void provisional2027HasTheThirteenStatutoryDays() {
    // 除夕 2027 = 2027-02-05 (正月初一 2027-02-06, Saturday); 端午 6/9; 中秋 9/15; 清明 4/5.
    YearSchedule y2027 = StatutoryHolidays.provisional(2027);

    assertThat(y2027.confirmed()).isFalse();
    assertThat(y2027.source()).isEqualTo("statutory holidays (provisional)");
    assertThat(describe(y2027))
        .containsExactly(
            "2027-01-01 HOLIDAY 元旦",
            "2027-02-05 HOLIDAY 春节",
            "2027-02-06 HOLIDAY 春节",
            "2027-02-07 HOLIDAY 春节",
            "2027-02-08 HOLIDAY 春节",
            "2027-04-05 HOLIDAY 清明节",
            "2027-05-01 HOLIDAY 劳动节",
            "2027-05-02 HOLIDAY 劳动节",
            "2027-06-09 HOLIDAY 端午节",
            "2027-09-15 HOLIDAY 中秋节",
            "2027-10-01 HOLIDAY 国庆节",
            "2027-10-02 HOLIDAY 国庆节",
            "2027-10-03 HOLIDAY 国庆节");
  }

  @ParameterizedTest
  @ValueSource(ints = {2024, 2025, 2026})
  void everyStatutoryDayIsAHolidayOfThePublishedSchedule(int year) {
    YearSchedule statutory = StatutoryHolidays.provisional(year);
    YearSchedule official = published(year);

    assertThat(statutory.days()).hasSize(year >= 2025 ? 13 : 11);
    for (CalendarDay day : statutory.days()) {
      assertThat(official.day(day.date()))
          .as("%s (%s) in the published schedule", day.date(), day.name())
          .hasValueSatisfying(d -> assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY));
    }
  }

  @Test
  void before2025TheOldRuleHasElevenDaysWithoutNewYearsEve() {
    // 正月初一 2024-02-10, 端午 6/10, 中秋 9/17, 清明 4/4; 劳动节 5/1 only.
    assertThat(StatutoryHolidays.provisional(2024).days())
        .extracting(CalendarDay::date)
        .containsExactly(
            date("2024-01-01"),
            date("2024-02-10"),
            date("2024-02-11"),
            date("2024-02-12"),
            date("2024-04-04"),
            date("2024-05-01"),
            date("2024-06-10"),
            date("2024-09-17"),
            date("2024-10-01"),
            date("2024-10-02"),
            date("2024-10-03"));
  }

  @Test
  void springFestivalFollowsTheRuleInForce() {
    // 2008-2013: 除夕, 初一, 初二 (正月初一 2013-02-10); 2014-2024: 初一..初三 (2014-01-31);
    // 2025 on: 除夕..初三 (2025-01-29, so 除夕 1/28).
    assertThat(springFestival(2013))
        .containsExactly(date("2013-02-09"), date("2013-02-10"), date("2013-02-11"));
    assertThat(springFestival(2014))
        .containsExactly(date("2014-01-31"), date("2014-02-01"), date("2014-02-02"));
    assertThat(springFestival(2025))
        .containsExactly(
            date("2025-01-28"), date("2025-01-29"), date("2025-01-30"), date("2025-01-31"));
    // 2026: the 12th lunar month has 29 days, 除夕 is 腊月廿九 = 2026-02-16.
    assertThat(springFestival(2026))
        .containsExactly(
            date("2026-02-16"), date("2026-02-17"), date("2026-02-18"), date("2026-02-19"));
  }

  private static List<LocalDate> springFestival(int year) {
    return StatutoryHolidays.provisional(year).days().stream()
        .filter(d -> d.name().equals("春节"))
        .map(CalendarDay::date)
        .toList();
  }

  @Test
  void midAutumnOnNationalDayIsOneDayWithBothNames() {
    // 中秋 2020 = 2020-10-01: 11 statutory days but only 10 dates.
    YearSchedule y2020 = StatutoryHolidays.provisional(2020);

    assertThat(y2020.day(date("2020-10-01"))).map(CalendarDay::name).hasValue("国庆节、中秋节");
    assertThat(y2020.days()).hasSize(10);
    // 中秋 2028 = 2028-10-03 under the 2025 rule.
    assertThat(StatutoryHolidays.provisional(2028).day(date("2028-10-03")))
        .map(CalendarDay::name)
        .hasValue("国庆节、中秋节");
  }

  @Test
  void everySupportedYearHasItsHolidaysAndNoMakeUpDays() {
    for (int year = 2008; year <= 2099; year++) {
      YearSchedule schedule = StatutoryHolidays.provisional(year);
      int expected = (year >= 2025 ? 13 : 11) - (MID_AUTUMN_IN_NATIONAL_DAY.contains(year) ? 1 : 0);

      assertThat(schedule.year()).isEqualTo(year);
      assertThat(schedule.confirmed()).isFalse();
      assertThat(schedule.days()).as("days of %s", year).hasSize(expected);
      assertThat(schedule.days()).allMatch(d -> d.kind() == DayKind.HOLIDAY);
    }
  }

  @Test
  void yearsOutsideTheRulesAreRejected() {
    assertThatThrownBy(() -> StatutoryHolidays.provisional(2007))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StatutoryHolidays.provisional(2100))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(StatutoryHolidays.provisional(2008).days()).isNotEmpty();
    assertThat(StatutoryHolidays.provisional(2099).days()).isNotEmpty();
  }
}
