package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.nationalCalendar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {

  private final WorkingCalendar calendar = nationalCalendar();

  @ParameterizedTest(name = "{0} working={1}")
  @CsvSource({
    // Spring Festival 2025: off 1/28 (Tue) - 2/4 (Tue), make-up 1/26 (Sun) and 2/8 (Sat).
    "2025-01-24, true",
    "2025-01-25, false",
    "2025-01-26, true",
    "2025-01-27, true",
    "2025-01-28, false",
    "2025-02-01, false",
    "2025-02-04, false",
    "2025-02-05, true",
    "2025-02-07, true",
    "2025-02-08, true",
    "2025-02-09, false",
    "2025-02-10, true",
    // Spring Festival 2026: off 2/15 (Sun) - 2/23 (Mon), make-up 2/14 (Sat) and 2/28 (Sat).
    "2026-02-13, true",
    "2026-02-14, true",
    "2026-02-15, false",
    "2026-02-16, false",
    "2026-02-23, false",
    "2026-02-24, true",
    "2026-02-27, true",
    "2026-02-28, true",
    "2026-03-01, false",
    // National Day 2025: off 10/1-10/8, make-up 9/28 (Sun), 10/11 (Sat).
    "2025-09-27, false",
    "2025-09-28, true",
    "2025-09-30, true",
    "2025-10-06, false",
    "2025-10-08, false",
    "2025-10-09, true",
    "2025-10-11, true",
    "2025-10-12, false",
    // Ordinary weeks.
    "2025-11-14, true",
    "2025-11-15, false",
    "2025-11-16, false",
    "2025-11-17, true"
  })
  void publishedSchedulesOverrideTheWeekdayRule(String iso, boolean working) {
    assertThat(calendar.isWorkingDay(date(iso))).isEqualTo(working);
  }

  @Test
  void aYearWithoutConfirmedScheduleUsesItsStatutoryHolidays() {
    assertThat(calendar.isConfirmed(2026)).isTrue();
    assertThat(calendar.isConfirmed(2027)).isFalse();
    // 2027-02-05 is a Friday (除夕), 2027-02-08 a Monday (初三): provisional holidays.
    assertThat(calendar.isWorkingDay(date("2027-02-04"))).isTrue();
    assertThat(calendar.isWorkingDay(date("2027-02-05"))).isFalse();
    assertThat(calendar.isWorkingDay(date("2027-02-08"))).isFalse();
    assertThat(calendar.isWorkingDay(date("2027-02-09"))).isTrue();
    // No make-up day is known: Saturday 2027-02-20 stays off.
    assertThat(calendar.isWorkingDay(date("2027-02-20"))).isFalse();
  }

  @Test
  void consultedYearsWithoutScheduleAreReported() {
    Set<Integer> missing = new TreeSet<>();

    calendar.isWorkingDay(date("2026-12-31"), missing);
    assertThat(missing).isEmpty();
    calendar.isWorkingDay(date("2027-01-01"), missing);
    calendar.isWorkingDay(date("2028-01-03"), missing);
    assertThat(missing).containsExactly(2027, 2028);
  }

  @Test
  void anEmptyCalendarIsProvisionalEverywhere() {
    WorkingCalendar empty = new WorkingCalendar(List.of());

    assertThat(empty.isConfirmed(2025)).isFalse();
    // Statutory 2025: 10/1-10/3 off, but 10/6 (中秋, Monday) too; 10/7 and 10/8 work.
    assertThat(empty.isWorkingDay(date("2025-10-06"))).isFalse();
    assertThat(empty.isWorkingDay(date("2025-10-07"))).isTrue();
    assertThatThrownBy(() -> empty.isWorkingDay(date("2100-01-04")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void onlyConfirmedSchedulesOnceEachAreAccepted() {
    YearSchedule provisional = StatutoryHolidays.provisional(2027);
    YearSchedule y2025 = CalendarFixtures.published(2025);

    assertThatThrownBy(() -> new WorkingCalendar(List.of(provisional)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not confirmed");
    assertThatThrownBy(() -> new WorkingCalendar(List.of(y2025, y2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("two schedules");
    assertThatThrownBy(() -> new WorkingCalendar(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calendar.isWorkingDay(null)).isInstanceOf(NullPointerException.class);
  }
}
