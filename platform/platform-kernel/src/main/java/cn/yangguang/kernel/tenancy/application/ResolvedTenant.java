package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.domain.TenantFacts;
import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import java.time.ZoneId;
import java.util.Map;

/**
 * A tenant as the request path needs it: reference, status, registry facts and branding. Immutable.
 */
public record ResolvedTenant(
    TenantRef ref,
    TenantStatus status,
    TenantFacts facts,
    Map<String, String> branding,
    int version) {

  /** The tenant's time zone, for dates and deadlines. */
  public ZoneId zone() {
    return ZoneId.of(facts.timeZone());
  }
}
