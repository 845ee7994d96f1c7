package cn.yangguang.kernel.calendar.application;

import cn.yangguang.kernel.calendar.domain.YearSchedule;
import java.util.List;

/**
 * Confirmed schedules visible to the transaction's tenant. Must run inside a tenant transaction:
 * row-level security decides which national, provincial and tenant rows are visible.
 */
public interface CalendarRepository {

  /**
   * Every confirmed year visible to the tenant, with its days merged so that for each date the most
   * specific row wins (the tenant's, then its province's, then the national one).
   */
  List<YearSchedule> confirmedYears();

  /**
   * Records that a deadline needed {@code year} of {@code provinceCode} unconfirmed (idempotent).
   */
  void recordMissingYear(String provinceCode, int year);

  /** Replaces the transaction's tenant's own exceptions for {@code year} with {@code days}. */
  void replace(
      java.util.UUID tenantId,
      int year,
      List<cn.yangguang.kernel.calendar.domain.CalendarDay> days);
}
