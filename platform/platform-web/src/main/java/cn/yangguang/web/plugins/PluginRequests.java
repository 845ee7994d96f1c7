package cn.yangguang.web.plugins;

import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.StaffAccess;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Makes the {@link PluginRequest} a plugin sees from what the platform resolved for the request:
 * the county, the caller (authenticated by the platform's one mechanism) and the language. The
 * caller's standing is read from the staff tables on first use, so a revoked role takes effect at
 * once.
 */
@RequestScoped
public class PluginRequests {

  @Inject CallerContext callers;
  @Inject StaffAccess staff;
  @Inject cn.yangguang.kernel.tenancy.application.TenantStructureService structures;

  /** The request as a plugin sees it. */
  public PluginRequest of(TenantRef tenant, HttpHeaders headers, UriInfo uri) {
    return new Request(tenant, RequestLocale.of(headers, uri));
  }

  private final class Request implements PluginRequest {

    private final TenantRef tenant;
    private final Locale locale;
    private Optional<StaffMember> standing;

    Request(TenantRef tenant, Locale locale) {
      this.tenant = tenant;
      this.locale = locale;
    }

    @Override
    public TenantRef tenant() {
      return tenant;
    }

    @Override
    public Locale locale() {
      return locale;
    }

    @Override
    public Optional<String> username() {
      return callers.caller().map(Caller::username);
    }

    @Override
    public Set<String> roles() {
      return standing().filter(StaffMember::mayAct).map(StaffMember::roles).orElse(Set.of());
    }

    @Override
    public void requireStaff(String... anyOf) {
      Optional<Caller> caller = callers.caller();
      if (caller.isEmpty()) {
        throw Refusals.unauthenticated("this page is for the staff of " + tenant.slug());
      }
      Set<String> needed = Set.of(anyOf);
      if (standing().filter(m -> m.mayActAs(needed)).isEmpty()) {
        throw Refusals.forbidden(
            caller.get().username()
                + (needed.isEmpty() ? " holds no role" : " needs one of the roles " + needed)
                + " in "
                + tenant.slug());
      }
    }

    @Override
    public Optional<String> formToken() {
      return callers.session().map(s -> s.csrfToken());
    }

    @Override
    public Optional<String> department() {
      return standing()
          .filter(StaffMember::mayAct)
          .filter(m -> m.departmentId() != null)
          .flatMap(
              m ->
                  structures.structure(tenant).departments().stream()
                      .filter(d -> d.id().equals(m.departmentId()))
                      .map(d -> d.code())
                      .findFirst());
    }

    private Optional<StaffMember> standing() {
      if (standing == null) {
        standing =
            callers
                .caller()
                .filter(c -> c.memberOf(tenant.slug()))
                .flatMap(c -> staff.standing(tenant, c));
      }
      return standing;
    }
  }
}
