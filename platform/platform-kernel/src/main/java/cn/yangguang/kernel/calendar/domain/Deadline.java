package cn.yangguang.kernel.calendar.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A computed deadline. For day units {@code date} is the last day and the deadline is the end of
 * that day ({@code due} is the next day at 00:00 in the calculator's zone); for hour units {@code
 * date} is the local date of {@code due}. {@code provisional} is true exactly when a year consulted
 * had no confirmed schedule; {@code missingYears} names those years (sorted, empty when final). A
 * provisional deadline must be recomputed once the missing years' schedules are loaded. Immutable
 * and thread-safe.
 *
 * @param date not null
 * @param due not null
 * @param provisional whether the deadline depends on an unconfirmed year
 * @param missingYears stored as an unmodifiable sorted copy; not null, no null element
 */
public record Deadline(
    LocalDate date, Instant due, boolean provisional, SortedSet<Integer> missingYears) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a component or an element of {@code missingYears} is null
   * @throws IllegalArgumentException if {@code provisional} is not the same as {@code missingYears}
   *     being non-empty
   */
  public Deadline {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(missingYears, "missingYears");
    // Natural order whatever the comparator of the given set; rejects null elements.
    TreeSet<Integer> years = new TreeSet<>();
    years.addAll(missingYears);
    missingYears = Collections.unmodifiableSortedSet(years);
    if (provisional == missingYears.isEmpty()) {
      throw new IllegalArgumentException(
          "provisional=" + provisional + " but missing years " + missingYears);
    }
  }
}
