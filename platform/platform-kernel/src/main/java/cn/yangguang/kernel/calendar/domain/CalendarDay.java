package cn.yangguang.kernel.calendar.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One exception to the weekday rule. Immutable and thread-safe.
 *
 * @param date the date, not null
 * @param kind whether the date is a day off or a make-up working day, not null
 * @param name what the day is, e.g. 春节 or 调休上班; not null, not blank
 * @throws NullPointerException if any component is null
 * @throws IllegalArgumentException if {@code name} is blank
 */
public record CalendarDay(LocalDate date, DayKind kind, String name) {

  /** Checks the components (see the record description). */
  public CalendarDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("blank name for " + date);
    }
  }
}
