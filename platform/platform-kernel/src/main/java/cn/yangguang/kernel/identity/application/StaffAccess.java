package cn.yangguang.kernel.identity.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.identity.domain.StaffRepository;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Decides whether a caller acts as staff in a county: she must be a member of the county's
 * organization (Keycloak says so in her token or session) AND hold an active staff row with at
 * least one role there (the platform tables say so, read now, not cached: a revoked role takes
 * effect on the next request).
 */
@ApplicationScoped
public class StaffAccess {

  @Inject TenantTransactions transactions;
  @Inject StaffRepository staff;

  /**
   * Her standing in the county, or empty when she may not act there.
   *
   * @param caller the authenticated caller, or null for an anonymous one
   */
  public Optional<StaffMember> standing(TenantRef tenant, Caller caller) {
    if (caller == null || !caller.memberOf(tenant.slug())) {
      return Optional.empty();
    }
    return transactions
        .call(tenant, () -> staff.findByUser(caller.userId()))
        .filter(StaffMember::mayAct);
  }
}
