package cn.yangguang.kernel.calendar.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schedule of one year: its exceptions to the weekday rule. {@code confirmed} means published
 * by the State Council (or by the province or tenant that overrides it); otherwise the schedule is
 * provisional. Immutable and thread-safe.
 *
 * @param year the calendar year
 * @param days the exceptions, each dated in {@code year}, no date twice; stored as an unmodifiable
 *     copy sorted by date; not null, no null element
 * @param confirmed whether the schedule is published (final) or provisional
 * @param source where the schedule comes from, e.g. the document number; not null, not blank
 */
public record YearSchedule(int year, List<CalendarDay> days, boolean confirmed, String source) {

  private static final Comparator<CalendarDay> BY_DATE = Comparator.comparing(CalendarDay::date);

  /**
   * Checks and normalises the components.
   *
   * @throws NullPointerException if {@code days}, an element of it or {@code source} is null
   * @throws IllegalArgumentException if a day is not in {@code year}, a date appears twice or
   *     {@code source} is blank
   */
  public YearSchedule {
    Objects.requireNonNull(days, "days");
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("blank source for " + year);
    }
    List<CalendarDay> sorted = new ArrayList<>(days.size());
    for (CalendarDay day : days) {
      Objects.requireNonNull(day, "day");
      if (day.date().getYear() != year) {
        throw new IllegalArgumentException(day.date() + " is not in " + year);
      }
      sorted.add(day);
    }
    sorted.sort(BY_DATE);
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).date().equals(sorted.get(i - 1).date())) {
        throw new IllegalArgumentException(sorted.get(i).date() + " appears twice");
      }
    }
    days = List.copyOf(sorted);
  }

  /**
   * The exception recorded for a date, if any.
   *
   * @param date any date, not null (a date of another year simply has no exception here)
   * @return the exception, or empty when the weekday rule applies
   * @throws NullPointerException if {@code date} is null
   */
  public Optional<CalendarDay> day(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int i = Collections.binarySearch(days, new CalendarDay(date, DayKind.HOLIDAY, "?"), BY_DATE);
    return i >= 0 ? Optional.of(days.get(i)) : Optional.empty();
  }
}
