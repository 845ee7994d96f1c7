package cn.yangguang.supervision.domain;

import java.time.Instant;

/** Reads a period's facts; inside the county's transaction. */
public interface PerformanceRepository {

  /** The facts of the period [{@code from}, {@code to}). */
  MonthFacts facts(Instant from, Instant to);
}
