package cn.yangguang.disclosure.request.domain;

import java.time.LocalDate;

/** The county's working-day calendar as the request's periods need it. */
@FunctionalInterface
public interface WorkingDays {

  /** The {@code n}-th working day after {@code day} (counting starts the day after). */
  LocalDate after(LocalDate day, int n);
}
