package cn.yangguang.web.security;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.StaffAccess;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces {@link StaffOnly}: anonymous is 401 (or a redirect to sign in for a page); a caller who
 * is not a member of the county's organization, has no active staff row with a role there, or lacks
 * the route's roles is 403. The standing found is kept in the {@link CallerContext} for the route.
 */
@Provider
@StaffOnly
@Priority(Priorities.AUTHORIZATION)
public class StaffAuthorizationFilter implements ContainerRequestFilter {

  @Inject CallerContext context;
  @Inject TenantContext tenants;
  @Inject StaffAccess access;
  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    ResolvedTenant tenant = tenants.require();
    Optional<Caller> caller = context.caller();
    if (caller.isEmpty()) {
      if (context.machineOperator()) {
        throw Refusals.forbidden("the operator token does not act as county staff");
      }
      SignInRedirect.abortOrRefuse(request, "this route is for the staff of " + slug(tenant));
      return;
    }
    Caller c = caller.get();
    if (!c.memberOf(tenant.ref().slug())) {
      throw Refusals.forbidden(
          c.username() + " is not a member of " + slug(tenant) + "'s organization");
    }
    StaffMember member =
        access
            .standing(tenant.ref(), c)
            .orElseThrow(
                () ->
                    Refusals.forbidden(c.username() + " holds no active role in " + slug(tenant)));
    Set<String> needed = Set.of(required());
    if (!member.mayActAs(needed)) {
      throw Refusals.forbidden(
          c.username() + " needs one of the roles " + needed + " in " + slug(tenant));
    }
    context.standing(member);
  }

  private String[] required() {
    StaffOnly onMethod = resource.getResourceMethod().getAnnotation(StaffOnly.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    StaffOnly onClass = resource.getResourceClass().getAnnotation(StaffOnly.class);
    return onClass == null ? new String[0] : onClass.value();
  }

  private static String slug(ResolvedTenant t) {
    return t.facts().nameZh() + " (" + t.ref().slug() + ")";
  }
}
