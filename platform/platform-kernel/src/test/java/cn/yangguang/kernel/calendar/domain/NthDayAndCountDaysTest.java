package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.beijing;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.calculator;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.nationalCalendar;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.HOURS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.NATURAL_DAYS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.WORKING_DAYS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.WORKING_HOURS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NthDayAndCountDaysTest {

  private final DeadlineCalculator calc = calculator();
  private final WorkingCalendar calendar = nationalCalendar();

  @Test
  void nthWorkingDay() {
    // Counting from 9/27 (see WorkingDaysDeadlineTest): the 20th working day is 10/30.
    Deadline d = calc.nthDay(date("2025-09-27"), 20, WORKING_DAYS);
    assertThat(d.date()).isEqualTo(date("2025-10-30"));
    assertThat(d.due()).isEqualTo(Instant.parse("2025-10-30T16:00:00Z"));
    assertThat(d.provisional()).isFalse();
    // A working first day counts itself: 10/9 is the 1st, 10/11 (make-up) the 3rd.
    assertThat(calc.nthDay(date("2025-10-09"), 1, WORKING_DAYS).date())
        .isEqualTo(date("2025-10-09"));
    assertThat(calc.nthDay(date("2025-10-09"), 3, WORKING_DAYS).date())
        .isEqualTo(date("2025-10-11"));
    // n = 0: the day before the first counting day, whatever it is.
    assertThat(calc.nthDay(date("2025-10-02"), 0, WORKING_DAYS).date())
        .isEqualTo(date("2025-10-01"));
    // Into 2027: provisional.
    assertThat(calc.nthDay(date("2026-12-31"), 2, WORKING_DAYS).missingYears())
        .containsExactly(2027);
  }

  @Test
  void nthNaturalDayIsNotMoved() {
    // 9/27 + 7 - 1 = 10/3, a holiday: thresholds are not moved.
    Deadline d = calc.nthDay(date("2025-09-27"), 7, NATURAL_DAYS);
    assertThat(d.date()).isEqualTo(date("2025-10-03"));
    assertThat(d.provisional()).isFalse();
    assertThat(calc.nthDay(date("2025-09-27"), 0, NATURAL_DAYS).date())
        .isEqualTo(date("2025-09-26"));
    assertThat(calc.nthDay(date("2027-03-01"), 3, NATURAL_DAYS).provisional()).isFalse();
  }

  @Test
  void countWorkingDays() {
    // October 2025: 10/9, 10/10, 10/11 (make-up), then 10/13-17, 20-24, 27-31 = 3 + 15.
    assertThat(calc.countDays(date("2025-10-01"), date("2025-10-31"), WORKING_DAYS)).isEqualTo(18);
    // Whole years: weekdays minus weekday holidays plus make-up days.
    // 2024: 262 - 19 + 8; 2025: 261 - 18 + 5; 2026: 261 - 19 + 6.
    assertThat(calc.countDays(date("2024-01-01"), date("2024-12-31"), WORKING_DAYS)).isEqualTo(251);
    assertThat(calc.countDays(date("2025-01-01"), date("2025-12-31"), WORKING_DAYS)).isEqualTo(248);
    assertThat(calc.countDays(date("2026-01-01"), date("2026-12-31"), WORKING_DAYS)).isEqualTo(248);
    assertThat(calc.countDays(date("2025-10-09"), date("2025-10-09"), WORKING_DAYS)).isOne();
    assertThat(calc.countDays(date("2025-10-08"), date("2025-10-08"), WORKING_DAYS)).isZero();
    assertThat(calc.countDays(date("2025-10-31"), date("2025-10-01"), WORKING_DAYS)).isZero();
  }

  @Test
  void countNaturalDays() {
    assertThat(calc.countDays(date("2024-01-01"), date("2024-12-31"), NATURAL_DAYS)).isEqualTo(366);
    assertThat(calc.countDays(date("2025-10-01"), date("2025-10-08"), NATURAL_DAYS)).isEqualTo(8);
    assertThat(calc.countDays(date("2025-10-02"), date("2025-10-01"), NATURAL_DAYS)).isZero();
  }

  @Test
  void nthDayAndCountDaysAgreeThroughout2025And2026() {
    for (LocalDate first = date("2025-01-01");
        first.isBefore(date("2027-01-01"));
        first = first.plusDays(3)) {
      for (long n = 1; n <= 45; n++) {
        LocalDate nth = calc.nthDay(first, n, WORKING_DAYS).date();

        assertThat(calendar.isWorkingDay(nth)).as("%s +%s", first, n).isTrue();
        assertThat(calc.countDays(first, nth, WORKING_DAYS)).as("%s +%s", first, n).isEqualTo(n);
        assertThat(calc.countDays(first, nth.minusDays(1), WORKING_DAYS)).isEqualTo(n - 1);
        // deadline() counts from the day after the trigger's date.
        Instant trigger =
            first.minusDays(1).atTime(10, 0).atZone(CalendarFixtures.BEIJING).toInstant();
        assertThat(calc.deadline(trigger, n, WORKING_DAYS).date()).isEqualTo(nth);

        LocalDate natural = calc.nthDay(first, n, NATURAL_DAYS).date();
        assertThat(calc.countDays(first, natural, NATURAL_DAYS)).isEqualTo(n);
      }
      assertThat(calc.countDays(first, calc.nthDay(first, 0, WORKING_DAYS).date(), WORKING_DAYS))
          .isZero();
    }
  }

  @Test
  void hourUnitsAndNegativeCountsAreRejected() {
    assertThatThrownBy(() -> calc.nthDay(date("2025-10-01"), 1, HOURS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calc.countDays(date("2025-10-01"), date("2025-10-02"), WORKING_HOURS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calc.nthDay(date("2025-10-01"), -1, WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calc.nthDay(null, 1, WORKING_DAYS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calc.countDays(date("2025-10-01"), null, WORKING_DAYS))
        .isInstanceOf(NullPointerException.class);
    assertThat(beijing("2025-10-01T00:00")).isEqualTo(Instant.parse("2025-09-30T16:00:00Z"));
  }
}
