package cn.yangguang.kernel.clock.domain;

import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Arithmetic in working seconds: time inside working hours of working days. Immutable, thread-safe.
 */
final class WorkingTime {

  private static final int MAX_DAYS = 3660;

  private final WorkingCalendar calendar;
  private final ZoneId zone;
  private final WorkingHours hours;

  WorkingTime(WorkingCalendar calendar, ZoneId zone, WorkingHours hours) {
    this.calendar = calendar;
    this.zone = zone;
    this.hours = hours;
  }

  /** The instant at which {@code seconds} working seconds after {@code from} have passed. */
  Instant plusSeconds(Instant from, long seconds) {
    long left = seconds;
    LocalDate day = from.atZone(zone).toLocalDate();
    for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (WorkingHours.Interval interval : hours.intervals()) {
        Instant start = max(from, at(day, interval.start()));
        Instant end = at(day, interval.end());
        if (!end.isAfter(start)) {
          continue;
        }
        long available = end.getEpochSecond() - start.getEpochSecond();
        if (left <= available) {
          return start.plusSeconds(left);
        }
        left -= available;
      }
    }
    throw new IllegalArgumentException("more than " + MAX_DAYS + " days of working time");
  }

  /** Working seconds in [from, to). */
  long secondsBetween(Instant from, Instant to) {
    long total = 0;
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate day = from.atZone(zone).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day)) {
        continue;
      }
      for (WorkingHours.Interval interval : hours.intervals()) {
        Instant start = max(from, at(day, interval.start()));
        Instant end = min(to, at(day, interval.end()));
        if (end.isAfter(start)) {
          total += end.getEpochSecond() - start.getEpochSecond();
        }
      }
    }
    return total;
  }

  private Instant at(LocalDate day, java.time.LocalTime time) {
    return ZonedDateTime.of(day, time, zone).toInstant();
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
