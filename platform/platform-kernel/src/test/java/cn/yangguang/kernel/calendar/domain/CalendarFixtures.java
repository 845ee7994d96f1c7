package cn.yangguang.kernel.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Shared test data: Beijing time, the published national schedules, dates written out. */
final class CalendarFixtures {

  static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

  private CalendarFixtures() {}

  static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /** A Beijing local date-time such as {@code "2025-09-26T23:59"} as an instant. */
  static Instant beijing(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BEIJING).toInstant();
  }

  static WorkingCalendar nationalCalendar() {
    return new WorkingCalendar(NationalSchedules.published());
  }

  static DeadlineCalculator calculator() {
    return calculator(nationalCalendar());
  }

  static DeadlineCalculator calculator(WorkingCalendar calendar) {
    return new DeadlineCalculator(calendar, BEIJING, WorkingHours.standard());
  }

  static YearSchedule published(int year) {
    List<YearSchedule> all = NationalSchedules.published();
    return all.stream().filter(s -> s.year() == year).findFirst().orElseThrow();
  }
}
