package cn.yangguang.kernel.calendar.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.calendar.domain.Deadline;
import cn.yangguang.kernel.calendar.domain.DeadlineCalculator;
import cn.yangguang.kernel.calendar.domain.TimeUnit;
import cn.yangguang.kernel.calendar.domain.WorkingCalendar;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A tenant's working calendar and deadlines on it. Every call reads the schedules inside the
 * tenant's transaction (a few hundred rows), so a year confirmed a moment ago counts at once on
 * every node.
 */
@ApplicationScoped
public class TenantCalendars {

  @Inject TenantTransactions transactions;
  @Inject CalendarRepository repository;

  /**
   * The tenant's calendar: its confirmed years, and provisional statutory holidays for the others.
   */
  public WorkingCalendar calendar(TenantRef tenant) {
    return transactions.call(tenant, () -> new WorkingCalendar(repository.confirmedYears()));
  }

  /** A calculator on the tenant's calendar in its zone, with its office hours. */
  public DeadlineCalculator calculator(TenantRef tenant, ZoneId zone, WorkingHours hours) {
    return new DeadlineCalculator(calendar(tenant), zone, hours);
  }

  /**
   * The deadline of {@code amount} units after {@code trigger}. A provisional result also puts its
   * missing years on the administrators' list.
   */
  public Deadline deadline(
      TenantRef tenant,
      ZoneId zone,
      WorkingHours hours,
      Instant trigger,
      long amount,
      TimeUnit unit) {
    return transactions.call(
        tenant,
        () -> {
          Deadline d =
              new DeadlineCalculator(new WorkingCalendar(repository.confirmedYears()), zone, hours)
                  .deadline(trigger, amount, unit);
          d.missingYears()
              .forEach(year -> repository.recordMissingYear(tenant.provinceCode(), year));
          return d;
        });
  }
}
