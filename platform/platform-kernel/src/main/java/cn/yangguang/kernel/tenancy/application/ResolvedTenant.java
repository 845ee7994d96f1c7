package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.calendar.domain.WorkingHours;
import cn.yangguang.kernel.tenancy.domain.TenantFacts;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A tenant as the request path needs it: reference, status, registry facts, branding and office
 * hours ({@code HH:mm-HH:mm} periods; empty for the standard hours). Immutable.
 */
public record ResolvedTenant(
    TenantRef ref,
    TenantStatus status,
    TenantFacts facts,
    Map<String, String> branding,
    int version,
    List<String> workingHours) {

  /** The county's office hours for working-hour clocks (the standard hours when it set none). */
  public WorkingHours hours() {
    if (workingHours == null || workingHours.isEmpty()) {
      return WorkingHours.standard();
    }
    return new WorkingHours(
        workingHours.stream()
            .map(
                p ->
                    new WorkingHours.Interval(
                        LocalTime.parse(p.substring(0, 5)), LocalTime.parse(p.substring(6))))
            .toList());
  }

  /** The tenant's time zone, for dates and deadlines. */
  public ZoneId zone() {
    return ZoneId.of(facts.timeZone());
  }
}
