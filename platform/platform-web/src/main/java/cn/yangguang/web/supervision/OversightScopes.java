package cn.yangguang.web.supervision;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.OversightAccess;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;

/**
 * Which counties an oversight request may read, decided by the kernel's oversight grants (the same
 * check as the province master catalogue and the oversight listings): a province's admins and
 * operators for a province, also the prefecture's own admins for a prefecture, and for one county
 * whoever oversees it. Anyone else gets 403; an unknown county 404.
 */
@RequestScoped
public class OversightScopes {

  @Inject CallerContext context;
  @Inject OversightAccess oversight;
  @Inject TenantDirectory tenants;

  /** The signed-in caller. */
  public Caller caller() {
    return context
        .caller()
        .orElseThrow(() -> Refusals.unauthenticated("oversight views need a signed-in admin"));
  }

  /** The counties of a province she oversees. */
  public List<ResolvedTenant> province(String code) {
    Caller c = caller();
    if (!oversight.overseesProvince(c, code)) {
      throw Refusals.forbidden(c.username() + " does not oversee province " + code);
    }
    return select(t -> code.equals(t.facts().provinceCode()));
  }

  /** The counties of a prefecture she oversees. */
  public List<ResolvedTenant> prefecture(String code) {
    Caller c = caller();
    if (!oversight.overseesPrefecture(c, code, code.substring(0, 2) + "0000")) {
      throw Refusals.forbidden(c.username() + " does not oversee prefecture " + code);
    }
    return select(t -> code.equals(t.facts().prefectureCode()));
  }

  /** One county she oversees. */
  public ResolvedTenant county(String slug) {
    Caller c = caller();
    ResolvedTenant t =
        tenants.bySlug(slug).orElseThrow(() -> ProblemException.notFound("county " + slug));
    if (!oversight.oversees(c, t)) {
      throw Refusals.forbidden(c.username() + " does not oversee " + slug);
    }
    return t;
  }

  private List<ResolvedTenant> select(java.util.function.Predicate<ResolvedTenant> filter) {
    return tenants.all().stream()
        .filter(filter)
        .sorted(Comparator.comparing(t -> t.facts().divisionCode()))
        .toList();
  }
}
