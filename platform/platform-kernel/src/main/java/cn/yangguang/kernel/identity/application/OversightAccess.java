package cn.yangguang.kernel.identity.application;

import cn.yangguang.kernel.identity.domain.OversightGrant;
import cn.yangguang.kernel.identity.domain.PlatformGrantRepository;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Decides what a caller may see above single counties: a province admin oversees the counties of
 * her province, a prefecture admin those of her prefecture, a platform operator all of them. Read
 * from the platform tables on every call.
 */
@ApplicationScoped
public class OversightAccess {

  @Inject PlatformGrantRepository grants;

  /** Her oversight grants (none for an anonymous caller). */
  public List<OversightGrant> grants(Caller caller) {
    return caller == null ? List.of() : grants.oversightOf(caller.userId());
  }

  /** Whether she is a platform operator. */
  public boolean isOperator(Caller caller) {
    return caller != null && grants.isOperator(caller.userId());
  }

  /** Whether she is an admin of this province (a province-level grant) or an operator. */
  public boolean overseesProvince(Caller caller, String provinceCode) {
    return isOperator(caller)
        || grants(caller).stream()
            .anyMatch(
                g ->
                    g.level() == OversightGrant.Level.PROVINCE
                        && g.divisionCode().equals(provinceCode));
  }

  /** Whether she oversees this prefecture (its own or its province's admin) or is an operator. */
  public boolean overseesPrefecture(Caller caller, String prefectureCode, String provinceCode) {
    return isOperator(caller)
        || grants(caller).stream()
            .anyMatch(g -> g.divisionCode().equals(prefectureCode) || isProvince(g, provinceCode));
  }

  /** Whether she oversees this county. */
  public boolean oversees(Caller caller, ResolvedTenant tenant) {
    return isOperator(caller)
        || grants(caller).stream()
            .anyMatch(
                g -> g.covers(tenant.facts().provinceCode(), tenant.facts().prefectureCode()));
  }

  private static boolean isProvince(OversightGrant g, String provinceCode) {
    return g.level() == OversightGrant.Level.PROVINCE && g.divisionCode().equals(provinceCode);
  }
}
