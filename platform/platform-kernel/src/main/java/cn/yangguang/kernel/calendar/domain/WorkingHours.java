package cn.yangguang.kernel.calendar.domain;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The working hours of a working day, e.g. 08:30-12:00 and 14:30-17:30, in the local time of the
 * calculator's zone. Immutable and thread-safe.
 *
 * @param intervals at least one interval, none overlapping another (touching is allowed); stored as
 *     an unmodifiable copy sorted by start; not null, no null element
 */
public record WorkingHours(List<WorkingHours.Interval> intervals) {

  /**
   * One stretch of working time within a day, from {@code start} inclusive to {@code end}
   * exclusive. Immutable and thread-safe.
   *
   * @param start not null
   * @param end not null, after {@code start} (an interval cannot cross midnight)
   */
  public record Interval(LocalTime start, LocalTime end) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if {@code end} is not after {@code start}
     */
    public Interval {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (!end.isAfter(start)) {
        throw new IllegalArgumentException("interval " + start + "-" + end + " is empty");
      }
    }
  }

  /**
   * Checks and normalises the intervals.
   *
   * @throws NullPointerException if {@code intervals} or an element is null
   * @throws IllegalArgumentException if there is no interval or two overlap
   */
  public WorkingHours {
    Objects.requireNonNull(intervals, "intervals");
    List<Interval> sorted = new ArrayList<>(intervals);
    sorted.forEach(i -> Objects.requireNonNull(i, "interval"));
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("no working hours");
    }
    sorted.sort(Comparator.comparing(Interval::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
        throw new IllegalArgumentException(sorted.get(i - 1) + " overlaps " + sorted.get(i));
      }
    }
    intervals = List.copyOf(sorted);
  }

  /**
   * The standard hours 08:30-12:00 and 14:30-17:30 (6.5 hours a day); configurable per tenant
   * later.
   *
   * @return the standard hours, never null
   */
  public static WorkingHours standard() {
    return new WorkingHours(
        List.of(
            new Interval(LocalTime.of(8, 30), LocalTime.of(12, 0)),
            new Interval(LocalTime.of(14, 30), LocalTime.of(17, 30))));
  }
}
