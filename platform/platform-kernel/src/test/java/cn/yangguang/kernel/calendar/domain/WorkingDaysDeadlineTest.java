package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.beijing;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.calculator;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.NATURAL_DAYS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.WORKING_DAYS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Working-day deadlines; every expected date is counted by hand in the comments. */
class WorkingDaysDeadlineTest {

  private final DeadlineCalculator calc = calculator();

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-26T00:00", "2025-09-26T09:00", "2025-09-26T23:59"})
  void twentyWorkingDaysAcrossNationalDay2025(String trigger) {
    // From 9/27: 9/28 (make-up) 1, 9/29 2, 9/30 3, [10/1-10/8 off], 10/9 4, 10/10 5,
    // 10/11 (make-up) 6, 10/13-17 7-11, 10/20-24 12-16, 10/27 17, 28 18, 29 19, 30 20.
    Deadline d = calc.deadline(beijing(trigger), 20, WORKING_DAYS);

    assertThat(d.date()).isEqualTo(date("2025-10-30"));
    assertThat(d.due()).isEqualTo(Instant.parse("2025-10-30T16:00:00Z"));
    assertThat(d.provisional()).isFalse();
    assertThat(d.missingYears()).isEmpty();
  }

  @Test
  void theTriggerDateIsTheLocalDateInTheZone() {
    Instant lateFriday = Instant.parse("2025-09-26T15:59:00Z"); // 9/26 23:59 Beijing
    Instant earlySaturday = Instant.parse("2025-09-26T16:30:00Z"); // 9/27 00:30 Beijing
    assertThat(lateFriday).isEqualTo(beijing("2025-09-26T23:59"));

    // 20 working days: counting from 9/27 or from 9/28 gives the same day, because 9/27 is a
    // Saturday off; both end 10/30 (counted above).
    assertThat(calc.deadline(lateFriday, 20, WORKING_DAYS).date()).isEqualTo(date("2025-10-30"));
    assertThat(calc.deadline(earlySaturday, 20, WORKING_DAYS).date()).isEqualTo(date("2025-10-30"));
    // 14 natural days: 9/26 + 14 = 10/10 (Friday, works); 9/27 + 14 = 10/11 (make-up Saturday).
    assertThat(calc.deadline(lateFriday, 14, NATURAL_DAYS).date()).isEqualTo(date("2025-10-10"));
    assertThat(calc.deadline(earlySaturday, 14, NATURAL_DAYS).date()).isEqualTo(date("2025-10-11"));
  }

  @Test
  void aTriggerJustBeforeOrAfterMidnightBeforeAWorkingDayDiffers() {
    Instant lateThursday = Instant.parse("2025-09-25T15:59:00Z"); // 9/25 23:59 Beijing
    Instant earlyFriday = Instant.parse("2025-09-25T16:30:00Z"); // 9/26 00:30 Beijing

    // From 9/26: 9/26 1, 9/28 2, 9/29 3, 9/30 4, 10/9 5, 10/10 6, 10/11 7, 10/13-17 8-12,
    // 10/20-24 13-17, 10/27 18, 28 19, 29 20.
    assertThat(calc.deadline(lateThursday, 20, WORKING_DAYS).date()).isEqualTo(date("2025-10-29"));
    // From 9/27: 10/30 (as above).
    assertThat(calc.deadline(earlyFriday, 20, WORKING_DAYS).date()).isEqualTo(date("2025-10-30"));
  }

  @ParameterizedTest(name = "{1} working days from {0}")
  @CsvSource({
    // Spring Festival 2025: off 1/28-2/4, make-up 1/26 (Sun) and 2/8 (Sat). Trigger Fri 1/24.
    "2025-01-24T10:00, 1, 2025-01-26",
    "2025-01-24T10:00, 2, 2025-01-27",
    "2025-01-24T10:00, 3, 2025-02-05",
    "2025-01-24T10:00, 5, 2025-02-07",
    "2025-01-24T10:00, 6, 2025-02-08",
    "2025-01-24T10:00, 7, 2025-02-10",
    // Spring Festival 2026: off 2/15-2/23, make-up 2/14 (Sat) and 2/28 (Sat). Trigger Thu 2/12.
    "2026-02-12T10:00, 1, 2026-02-13",
    "2026-02-12T10:00, 2, 2026-02-14",
    "2026-02-12T10:00, 3, 2026-02-24",
    "2026-02-12T10:00, 7, 2026-02-28",
    "2026-02-12T10:00, 8, 2026-03-02",
    // A trigger during the holiday counts from the first working day after it.
    "2026-02-20T10:00, 1, 2026-02-24",
    // Labour Day 2026: off 5/1 (Fri) - 5/5 (Tue), make-up 5/9 (Sat).
    // From Wed 4/29: 4/30 1, 5/6 2, 5/7 3, 5/8 4, 5/9 5.
    "2026-04-29T10:00, 5, 2026-05-09",
    // From Thu 4/30: 5/6 1, 5/7 2, 5/8 3, 5/9 4, 5/11 (Mon) 5.
    "2026-04-30T10:00, 5, 2026-05-11",
  })
  void holidayBoundaries(String trigger, long amount, String expected) {
    Deadline d = calc.deadline(beijing(trigger), amount, WORKING_DAYS);

    assertThat(d.date()).isEqualTo(date(expected));
    assertThat(d.provisional()).isFalse();
  }

  @Test
  void crossingIntoAnUnconfirmedYearIsProvisional() {
    // From Mon 2026-12-28: 12/29 1, 12/30 2, 12/31 3, [2027-01-01 Fri 元旦, weekend], 1/4 4, 1/5 5.
    Deadline d = calc.deadline(beijing("2026-12-28T10:00"), 5, WORKING_DAYS);

    assertThat(d.date()).isEqualTo(date("2027-01-05"));
    assertThat(d.due()).isEqualTo(Instant.parse("2027-01-05T16:00:00Z"));
    assertThat(d.provisional()).isTrue();
    assertThat(d.missingYears()).containsExactly(2027);
  }

  @Test
  void aConfirmedScheduleForTheNextYearMakesTheDeadlineFinal() {
    Instant trigger = beijing("2026-12-28T10:00");
    // Provisional 2027: 12/29-31 1-3, January 2027 has 20 working days (1/1 off) -> 23 on 1/29,
    // 2/1-2/4 24-27, [2/5 除夕, weekend, 2/8 初三], 2/9 28, 2/10 29, 2/11 30, 2/12 31, 2/15 32, 2/16
    // 33.
    Deadline provisional30 = calc.deadline(trigger, 30, WORKING_DAYS);
    assertThat(provisional30.date()).isEqualTo(date("2027-02-11"));
    assertThat(provisional30.missingYears()).containsExactly(2027);
    assertThat(calc.deadline(trigger, 33, WORKING_DAYS).date()).isEqualTo(date("2027-02-16"));

    // A (hypothetical) confirmed 2027: off 1/1-1/3 and 2/5-2/13, make-up Saturday 2/20.
    // 2/4 is 27 as before, [2/5-2/14 off], 2/15 28, 2/16 29, 2/17 30, 2/18 31, 2/19 32, 2/20 33.
    List<YearSchedule> years = new ArrayList<>(NationalSchedules.published());
    years.add(hypothetical2027());
    DeadlineCalculator confirmed = calculator(new WorkingCalendar(years));

    Deadline final30 = confirmed.deadline(trigger, 30, WORKING_DAYS);
    assertThat(final30.date()).isEqualTo(date("2027-02-17"));
    assertThat(final30.provisional()).isFalse();
    assertThat(final30.missingYears()).isEmpty();
    assertThat(confirmed.deadline(trigger, 33, WORKING_DAYS).date()).isEqualTo(date("2027-02-20"));
  }

  private static YearSchedule hypothetical2027() {
    List<CalendarDay> days = new ArrayList<>();
    for (LocalDate d = date("2027-01-01"); d.isBefore(date("2027-01-04")); d = d.plusDays(1)) {
      days.add(new CalendarDay(d, DayKind.HOLIDAY, "元旦"));
    }
    for (LocalDate d = date("2027-02-05"); d.isBefore(date("2027-02-14")); d = d.plusDays(1)) {
      days.add(new CalendarDay(d, DayKind.HOLIDAY, "春节"));
    }
    days.add(new CalendarDay(date("2027-02-20"), DayKind.WORKDAY, "调休上班"));
    return new YearSchedule(2027, days, true, "hypothetical test schedule");
  }

  @Test
  void zeroWorkingDaysIsTheTriggerDateItself() {
    Deadline d = calc.deadline(beijing("2025-09-26T10:00"), 0, WORKING_DAYS);
    assertThat(d.date()).isEqualTo(date("2025-09-26"));
    assertThat(d.due()).isEqualTo(Instant.parse("2025-09-26T16:00:00Z"));
    assertThat(d.provisional()).isFalse();

    // Same day even on a holiday, and no year consulted.
    assertThat(calc.deadline(beijing("2025-10-03T10:00"), 0, WORKING_DAYS).date())
        .isEqualTo(date("2025-10-03"));
    assertThat(calc.deadline(beijing("2027-03-01T10:00"), 0, WORKING_DAYS).provisional()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(TimeUnit.class)
  void negativeAmountsAreRejected(TimeUnit unit) {
    Instant trigger = beijing("2025-09-26T10:00");
    assertThatThrownBy(() -> calc.deadline(trigger, -1, unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> calc.deadline(trigger, Long.MIN_VALUE, unit))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullsAreRejected() {
    assertThatThrownBy(() -> calc.deadline(null, 1, WORKING_DAYS))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> calc.deadline(Instant.EPOCH, 1, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new DeadlineCalculator(null, CalendarFixtures.BEIJING, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void beyondTheSupportedYearsWithoutScheduleFails() {
    assertThatThrownBy(() -> calc.deadline(beijing("2099-12-30T10:00"), 5, WORKING_DAYS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2100");
  }
}
