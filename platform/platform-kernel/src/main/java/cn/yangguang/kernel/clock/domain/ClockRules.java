package cn.yangguang.kernel.clock.domain;

import cn.yangguang.kernel.calendar.domain.Deadline;
import cn.yangguang.kernel.calendar.domain.DeadlineCalculator;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The arithmetic of clocks on one tenant's calendar: how much of a limit a period consumes, and at
 * which instants the level changes. Immutable and thread-safe.
 *
 * <p>Counting rules (RULES.md section 5): day units start counting the day after their trigger (a
 * start or a resume); a day on which the clock was paused is not counted; a natural-day deadline
 * that falls on a non-working day moves to the next working day. Hour units count seconds from the
 * trigger instant, of wall-clock time or of working hours. A level changes at the start of the day
 * on which the threshold unit is being consumed; overdue starts when the deadline day ends.
 */
public final class ClockRules {

  private final WorkingCalendar calendar;
  private final DeadlineCalculator calculator;
  private final WorkingTime workingTime;
  private final ZoneId zone;

  /** Rules for a tenant's calendar, zone and working hours. */
  public ClockRules(WorkingCalendar calendar, ZoneId zone, WorkingHours hours) {
    this.calendar = calendar;
    this.zone = zone;
    this.calculator = new DeadlineCalculator(calendar, zone, hours);
    this.workingTime = new WorkingTime(calendar, zone, hours);
  }

  /** The zone of the tenant. */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Where counting starts after a trigger: the next day's start for day units, the instant itself
   * for hours.
   */
  public Instant anchorAfter(Instant trigger, TimeUnit unit) {
    if (isDayUnit(unit)) {
      return trigger.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
    }
    return trigger;
  }

  /**
   * Units consumed between an anchor and a pause instant: whole days before the pause day, or
   * seconds.
   */
  public long consumedUntil(Instant anchor, Instant pause, TimeUnit unit) {
    if (!pause.isAfter(anchor)) {
      return 0;
    }
    return switch (unit) {
      case WORKING_DAYS, NATURAL_DAYS ->
          calculator.countDays(day(anchor), pause.atZone(zone).toLocalDate().minusDays(1), unit);
      case HOURS -> Duration.between(anchor, pause).toSeconds();
      case WORKING_HOURS -> workingTime.secondsBetween(anchor, pause);
    };
  }

  /**
   * The level-change instants of a running clock.
   *
   * @param anchor where counting (re)started
   * @param consumed units consumed before the anchor (days, or seconds for hour units)
   * @param total the limit plus approved extensions, in the clock's unit (days or hours)
   */
  public Thresholds thresholds(
      Instant anchor, long consumed, long total, TimeUnit unit, ClockPolicy policy) {
    SortedSet<Integer> missing = new TreeSet<>();
    if (isDayUnit(unit)) {
      LocalDate first = day(anchor);
      Deadline deadline = calculator.nthDay(first, Math.max(0, total - consumed), unit);
      LocalDate last = deadline.date();
      if (unit == TimeUnit.NATURAL_DAYS) {
        while (!calendar.isWorkingDay(last)) {
          last = last.plusDays(1);
        }
      }
      missing.addAll(deadline.missingYears());
      Instant yellow = dayThreshold(first, consumed, total, policy.yellowPct(), unit, missing);
      Instant red = dayThreshold(first, consumed, total, policy.redPct(), unit, missing);
      Instant due = last.plusDays(1).atStartOfDay(zone).toInstant();
      return new Thresholds(yellow, red, due, last, missing);
    }
    long totalSeconds = total * 3600;
    Instant yellow =
        secondsThreshold(anchor, consumed, percentOf(totalSeconds, policy.yellowPct()), unit);
    Instant red =
        secondsThreshold(anchor, consumed, percentOf(totalSeconds, policy.redPct()), unit);
    Instant due = secondsThreshold(anchor, consumed, totalSeconds, unit);
    return new Thresholds(yellow, red, due, due.atZone(zone).toLocalDate(), missing);
  }

  private Instant dayThreshold(
      LocalDate first,
      long consumed,
      long total,
      int pct,
      TimeUnit unit,
      SortedSet<Integer> missing) {
    long unitNumber = Math.max(1, percentOf(total, pct));
    long ahead = unitNumber - consumed;
    if (ahead <= 0) {
      return first.atStartOfDay(zone).toInstant().minusSeconds(1); // already passed
    }
    Deadline d = calculator.nthDay(first, ahead, unit);
    missing.addAll(d.missingYears());
    return d.date().atStartOfDay(zone).toInstant();
  }

  private Instant secondsThreshold(
      Instant anchor, long consumed, long targetSeconds, TimeUnit unit) {
    long ahead = targetSeconds - consumed;
    if (ahead <= 0) {
      return anchor.minusSeconds(1);
    }
    return unit == TimeUnit.HOURS
        ? anchor.plusSeconds(ahead)
        : workingTime.plusSeconds(anchor, ahead);
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(zone).toLocalDate();
  }

  /** ceil(value * pct / 100). */
  static long percentOf(long value, int pct) {
    return (value * pct + 99) / 100;
  }

  static boolean isDayUnit(TimeUnit unit) {
    return unit == TimeUnit.WORKING_DAYS || unit == TimeUnit.NATURAL_DAYS;
  }

  /**
   * When a running clock's level changes.
   *
   * @param yellowAt the start of yellow
   * @param redAt the start of red
   * @param dueAt the start of overdue (the end of the deadline day, or the deadline instant)
   * @param deadlineDate the last day (day units) or the date of the deadline (hours)
   * @param missingYears years the computation needed without a confirmed schedule (provisional)
   */
  public record Thresholds(
      Instant yellowAt,
      Instant redAt,
      Instant dueAt,
      LocalDate deadlineDate,
      SortedSet<Integer> missingYears) {

    /** The level at an instant. */
    public ClockLevel levelAt(Instant t) {
      if (!t.isBefore(dueAt)) {
        return ClockLevel.OVERDUE;
      }
      if (!t.isBefore(redAt)) {
        return ClockLevel.RED;
      }
      return !t.isBefore(yellowAt) ? ClockLevel.YELLOW : ClockLevel.GREEN;
    }

    /** The next instant after {@code t} at which the level changes, or null after the deadline. */
    public Instant nextTransitionAfter(Instant t) {
      for (Instant i : new Instant[] {yellowAt, redAt, dueAt}) {
        if (i.isAfter(t)) {
          return i;
        }
      }
      return null;
    }
  }
}
