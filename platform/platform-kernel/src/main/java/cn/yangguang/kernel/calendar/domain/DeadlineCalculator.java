package cn.yangguang.kernel.calendar.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Deadline arithmetic on a {@link WorkingCalendar} in a time zone (Asia/Shanghai for the demo
 * tenants). Counting follows RULES.md §5: day units start the day after the triggering event;
 * make-up days count as working days; a natural-day period whose last day is not a working day ends
 * on the next working day. Every result says whether it relied on a year without a confirmed
 * schedule. Immutable and thread-safe. Methods throw {@link NullPointerException} for null
 * arguments, and {@link IllegalArgumentException} when they need an unconfirmed year outside
 * 2008-2099.
 */
public final class DeadlineCalculator {

  private final WorkingCalendar calendar;
  private final ZoneId zone;
  private final WorkingHours hours;

  /**
   * A calculator.
   *
   * @param calendar the tenant's calendar, not null
   * @param zone the zone that fixes local dates and times, not null
   * @param hours the working hours used by {@link TimeUnit#WORKING_HOURS}, not null
   * @throws NullPointerException if an argument is null
   */
  public DeadlineCalculator(WorkingCalendar calendar, ZoneId zone, WorkingHours hours) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.zone = Objects.requireNonNull(zone, "zone");
    this.hours = Objects.requireNonNull(hours, "hours");
  }

  /**
   * The deadline of {@code amount} units from a triggering instant.
   *
   * <ul>
   *   <li>{@link TimeUnit#WORKING_DAYS}: counting starts the day after the trigger's local date (a
   *       trigger at 23:59 on 9/26 Beijing time counts from 9/27); the deadline is the end of the
   *       {@code amount}-th working day. 0 = the trigger's local date itself (same day).
   *   <li>{@link TimeUnit#NATURAL_DAYS}: the trigger's local date plus {@code amount} days; if that
   *       day is not a working day, the next working day. 0 = the trigger's local date itself, not
   *       moved (a same-day limit has no period to extend).
   *   <li>{@link TimeUnit#HOURS}: the trigger plus {@code amount} hours of wall-clock time.
   *   <li>{@link TimeUnit#WORKING_HOURS}: {@code amount} hours counted from the trigger instant,
   *       only inside the working hours of working days; a deadline that falls exactly at the end
   *       of an interval is that end (e.g. 17:30), not the start of the next one. 0 = the trigger.
   * </ul>
   *
   * @param trigger the triggering instant, not null
   * @param amount the number of units, at least 0
   * @param unit not null
   * @return the deadline, never null
   * @throws IllegalArgumentException if {@code amount} is negative, or see the class description
   * @throws ArithmeticException or {@link java.time.DateTimeException} if the result overflows
   */
  public Deadline deadline(Instant trigger, long amount, TimeUnit unit) {
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(unit, "unit");
    requireNotNegative(amount, "amount");
    LocalDate triggerDate = LocalDate.ofInstant(trigger, zone);
    return switch (unit) {
      case WORKING_DAYS -> nthDay(triggerDate.plusDays(1), amount, unit);
      case NATURAL_DAYS -> naturalDays(triggerDate, amount);
      case HOURS -> atInstant(trigger.plus(Duration.ofHours(amount)), new TreeSet<>());
      case WORKING_HOURS -> workingHours(trigger, Duration.ofHours(amount));
    };
  }

  /**
   * The date on which the {@code n}-th counting day falls when counting starts at {@code
   * firstCountingDay} inclusive (used for warning thresholds). For {@link TimeUnit#WORKING_DAYS}
   * the {@code n}-th working day; for {@link TimeUnit#NATURAL_DAYS} {@code firstCountingDay + n -
   * 1}, not moved to a working day. {@code n = 0} gives the day before {@code firstCountingDay}.
   * The {@link Deadline#due()} is the end of the returned date.
   *
   * @param firstCountingDay not null
   * @param n at least 0
   * @param dayUnit {@link TimeUnit#WORKING_DAYS} or {@link TimeUnit#NATURAL_DAYS}, not null
   * @return the deadline, never null; provisional when an unconfirmed year was consulted
   * @throws IllegalArgumentException if {@code n} is negative or {@code dayUnit} is an hour unit
   */
  public Deadline nthDay(LocalDate firstCountingDay, long n, TimeUnit dayUnit) {
    Objects.requireNonNull(firstCountingDay, "firstCountingDay");
    requireDayUnit(dayUnit);
    requireNotNegative(n, "n");
    SortedSet<Integer> missing = new TreeSet<>();
    if (n == 0) {
      return endOfDay(firstCountingDay.minusDays(1), missing);
    }
    if (dayUnit == TimeUnit.NATURAL_DAYS) {
      return endOfDay(firstCountingDay.plusDays(n - 1), missing);
    }
    LocalDate day = firstCountingDay;
    long counted = 0;
    while (true) {
      if (calendar.isWorkingDay(day, missing) && ++counted == n) {
        return endOfDay(day, missing);
      }
      day = day.plusDays(1);
    }
  }

  /**
   * The number of counting days (working days or natural days) from {@code fromInclusive} to {@code
   * toInclusive}. Working days of a year without a confirmed schedule are counted with its
   * provisional holidays; use {@link #nthDay} when the caller needs to know.
   *
   * @param fromInclusive not null
   * @param toInclusive not null
   * @param dayUnit {@link TimeUnit#WORKING_DAYS} or {@link TimeUnit#NATURAL_DAYS}, not null
   * @return the count, 0 if {@code toInclusive} is before {@code fromInclusive}
   * @throws IllegalArgumentException if {@code dayUnit} is an hour unit
   */
  public long countDays(LocalDate fromInclusive, LocalDate toInclusive, TimeUnit dayUnit) {
    Objects.requireNonNull(fromInclusive, "fromInclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    requireDayUnit(dayUnit);
    if (toInclusive.isBefore(fromInclusive)) {
      return 0;
    }
    if (dayUnit == TimeUnit.NATURAL_DAYS) {
      return ChronoUnit.DAYS.between(fromInclusive, toInclusive) + 1;
    }
    long count = 0;
    for (LocalDate d = fromInclusive; !d.isAfter(toInclusive); d = d.plusDays(1)) {
      if (calendar.isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The zone of this calculator.
   *
   * @return the zone, never null
   */
  public ZoneId zone() {
    return zone;
  }

  private Deadline naturalDays(LocalDate triggerDate, long amount) {
    SortedSet<Integer> missing = new TreeSet<>();
    if (amount == 0) {
      return endOfDay(triggerDate, missing);
    }
    LocalDate day = triggerDate.plusDays(amount);
    while (!calendar.isWorkingDay(day, missing)) {
      day = day.plusDays(1);
    }
    return endOfDay(day, missing);
  }

  private Deadline workingHours(Instant trigger, Duration amount) {
    SortedSet<Integer> missing = new TreeSet<>();
    if (amount.isZero()) {
      return atInstant(trigger, missing);
    }
    Duration remaining = amount;
    for (LocalDate day = LocalDate.ofInstant(trigger, zone); ; day = day.plusDays(1)) {
      if (!calendar.isWorkingDay(day, missing)) {
        continue;
      }
      for (WorkingHours.Interval interval : hours.intervals()) {
        Instant start = day.atTime(interval.start()).atZone(zone).toInstant();
        Instant end = day.atTime(interval.end()).atZone(zone).toInstant();
        if (!end.isAfter(trigger)) {
          continue;
        }
        if (start.isBefore(trigger)) {
          start = trigger;
        }
        Duration available = Duration.between(start, end);
        if (remaining.compareTo(available) <= 0) {
          return atInstant(start.plus(remaining), missing);
        }
        remaining = remaining.minus(available);
      }
    }
  }

  private Deadline endOfDay(LocalDate date, SortedSet<Integer> missing) {
    Instant due = date.plusDays(1).atStartOfDay(zone).toInstant();
    return new Deadline(date, due, !missing.isEmpty(), missing);
  }

  private Deadline atInstant(Instant due, SortedSet<Integer> missing) {
    return new Deadline(LocalDate.ofInstant(due, zone), due, !missing.isEmpty(), missing);
  }

  private static void requireDayUnit(TimeUnit unit) {
    Objects.requireNonNull(unit, "dayUnit");
    if (!unit.isDayUnit()) {
      throw new IllegalArgumentException(unit + " is not a day unit");
    }
  }

  private static void requireNotNegative(long value, String what) {
    if (value < 0) {
      throw new IllegalArgumentException(what + " must not be negative: " + value);
    }
  }
}
