package cn.yangguang.kernel.calendar.domain;

import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.BEIJING;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.beijing;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.calculator;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.date;
import static cn.yangguang.kernel.calendar.domain.CalendarFixtures.nationalCalendar;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.HOURS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.NATURAL_DAYS;
import static cn.yangguang.kernel.calendar.domain.TimeUnit.WORKING_HOURS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Natural-day, wall-clock hour and working-hour deadlines, counted by hand. */
class NaturalDaysAndHoursTest {

  private final DeadlineCalculator calc = calculator();

  @ParameterizedTest(name = "{1} natural days from {0}")
  @CsvSource({
    // 9/26 + 7 = 10/3, a holiday: next working day after 10/1-10/8 is Thursday 10/9.
    "2025-09-26T10:00, 7, 2025-10-09",
    // 10/4 + 7 = 10/11, a make-up Saturday: it is a working day, the deadline stays.
    "2025-10-04T10:00, 7, 2025-10-11",
    // 11/8 + 7 = Saturday 11/15: moves to Monday 11/17.
    "2025-11-08T10:00, 7, 2025-11-17",
    // 11/10 + 7 = Monday 11/17: stays.
    "2025-11-10T10:00, 7, 2025-11-17",
    // 2026-02-10 + 7 = 2/17, inside 2/15-2/23: moves to Tuesday 2/24.
    "2026-02-10T10:00, 7, 2026-02-24",
    // Zero natural days: the trigger date, even a Sunday (not moved).
    "2025-11-16T10:00, 0, 2025-11-16",
  })
  void naturalDays(String trigger, long amount, String expected) {
    Deadline d = calc.deadline(beijing(trigger), amount, NATURAL_DAYS);

    assertThat(d.date()).isEqualTo(date(expected));
    assertThat(d.due()).isEqualTo(date(expected).plusDays(1).atStartOfDay(BEIJING).toInstant());
    assertThat(d.provisional()).isFalse();
  }

  @Test
  void naturalDaysLandingInAnUnconfirmedYear() {
    // 2026-12-25 + 7 = 2027-01-01 (元旦, Friday, provisional): weekend, then Monday 1/4.
    Deadline onHoliday = calc.deadline(beijing("2026-12-25T10:00"), 7, NATURAL_DAYS);
    assertThat(onHoliday.date()).isEqualTo(date("2027-01-04"));
    assertThat(onHoliday.missingYears()).containsExactly(2027);
    // 2026-12-28 + 10 = Thursday 2027-01-07: a working day, but only provisionally so.
    Deadline onWeekday = calc.deadline(beijing("2026-12-28T10:00"), 10, NATURAL_DAYS);
    assertThat(onWeekday.date()).isEqualTo(date("2027-01-07"));
    assertThat(onWeekday.provisional()).isTrue();
  }

  @Test
  void wallClockHoursIgnoreTheCalendar() {
    // 24 h from 9/30 20:00 Beijing (12:00Z) is 10/1 20:00 Beijing, a holiday: not moved.
    Deadline d = calc.deadline(Instant.parse("2025-09-30T12:00:00Z"), 24, HOURS);
    assertThat(d.due()).isEqualTo(Instant.parse("2025-10-01T12:00:00Z"));
    assertThat(d.date()).isEqualTo(date("2025-10-01"));
    assertThat(d.provisional()).isFalse();

    // 2 h from 23:30 Beijing ends 01:30 the next local day.
    Deadline late = calc.deadline(beijing("2025-11-14T23:30"), 2, HOURS);
    assertThat(late.due()).isEqualTo(beijing("2025-11-15T01:30"));
    assertThat(late.date()).isEqualTo(date("2025-11-15"));
    // No calendar is consulted, so an unconfirmed year does not make it provisional.
    assertThat(calc.deadline(beijing("2027-02-05T10:00"), 48, HOURS).provisional()).isFalse();
    assertThat(calc.deadline(beijing("2025-11-14T10:00"), 0, HOURS).due())
        .isEqualTo(beijing("2025-11-14T10:00"));
  }

  @ParameterizedTest(name = "{1} working hours from {0}")
  @CsvSource({
    // Friday 16:00-17:30 = 1.5 h, weekend, Monday 08:30 + 2.5 h = 11:00.
    "2025-11-14T16:00, 4, 2025-11-17T11:00",
    // Tuesday 9/30 16:00-17:30 = 1.5 h, 10/1-10/8 off, Thursday 10/9 08:30 + 2.5 h = 11:00.
    "2025-09-30T16:00, 4, 2025-10-09T11:00",
    // From the lunch break: the afternoon starts at 14:30.
    "2025-11-14T12:30, 1, 2025-11-14T15:30",
    // Before opening: from 08:30.
    "2025-11-14T07:00, 2, 2025-11-14T10:30",
    // Monday 08:30 + 3 h = 11:30; from 09:00, 3 h fill the morning exactly: 12:00, not 14:30.
    "2025-11-17T08:30, 3, 2025-11-17T11:30",
    "2025-11-17T09:00, 3, 2025-11-17T12:00",
    // 3.5 h in the morning, 2.5 h from 14:30.
    "2025-11-17T08:30, 6, 2025-11-17T17:00",
    // From 11:00: 1 h in the morning, 3 h in the afternoon = 17:30 exactly, the same day.
    "2025-11-17T11:00, 4, 2025-11-17T17:30",
    // Monday 08:30: 6.5 h on Monday, 0.5 h on Tuesday.
    "2025-11-17T08:30, 7, 2025-11-18T09:00",
    // After closing on Friday: Monday 08:30 + 1 h.
    "2025-11-14T18:00, 1, 2025-11-17T09:30",
    // On a make-up Saturday (10/11) the office works.
    "2025-10-11T08:30, 1, 2025-10-11T09:30",
    // From a Sunday: Monday 08:30 + 1 h.
    "2025-10-12T10:00, 1, 2025-10-13T09:30",
    // Zero working hours: the trigger itself, even on a Sunday.
    "2025-11-16T10:00, 0, 2025-11-16T10:00",
  })
  void workingHours(String trigger, long amount, String expected) {
    Deadline d = calc.deadline(beijing(trigger), amount, WORKING_HOURS);

    assertThat(d.due()).isEqualTo(beijing(expected));
    assertThat(d.date()).isEqualTo(date(expected.substring(0, 10)));
    assertThat(d.provisional()).isFalse();
  }

  @Test
  void workingHoursIntoAnUnconfirmedYear() {
    // Thursday 2026-12-31 16:00-17:30 = 1.5 h, 2027-01-01 provisional 元旦, weekend,
    // Monday 2027-01-04 08:30 + 2.5 h = 11:00.
    Deadline d = calc.deadline(beijing("2026-12-31T16:00"), 4, WORKING_HOURS);

    assertThat(d.due()).isEqualTo(beijing("2027-01-04T11:00"));
    assertThat(d.missingYears()).containsExactly(2027);
  }

  @Test
  void workingHoursFollowTheConfiguredIntervals() {
    WorkingHours nineToFive =
        new WorkingHours(
            List.of(new WorkingHours.Interval(LocalTime.of(9, 0), LocalTime.of(17, 0))));
    DeadlineCalculator custom = new DeadlineCalculator(nationalCalendar(), BEIJING, nineToFive);

    // Friday 09:00 + 8 h = 17:00; + 9 h = Monday 10:00.
    assertThat(custom.deadline(beijing("2025-11-14T09:00"), 8, WORKING_HOURS).due())
        .isEqualTo(beijing("2025-11-14T17:00"));
    assertThat(custom.deadline(beijing("2025-11-14T09:00"), 9, WORKING_HOURS).due())
        .isEqualTo(beijing("2025-11-17T10:00"));
    assertThat(custom.zone()).isEqualTo(BEIJING);
  }
}
