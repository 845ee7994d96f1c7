package cn.yangguang.kernel.tenancy.application;

import cn.yangguang.kernel.tenancy.domain.TenantStatus;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The tenant of the current HTTP request, set once by the tenant resolution filter and cleared with
 * the request scope. Work that outlives the request (jobs, async listeners) never reads this: it
 * receives a {@link cn.yangguang.api.tenant.TenantRef} explicitly.
 */
@RequestScoped
public class TenantContext {

  private ResolvedTenant tenant;

  /** Sets the request's tenant; a request has at most one. */
  public void set(ResolvedTenant resolved) {
    if (tenant != null && !tenant.ref().id().equals(resolved.ref().id())) {
      throw new IllegalStateException("the request's tenant is already " + tenant.ref().slug());
    }
    this.tenant = resolved;
  }

  /** The request's tenant, if the request is for one. */
  public Optional<ResolvedTenant> get() {
    return Optional.ofNullable(tenant);
  }

  /** The request's tenant; fails when the request is not for a tenant. */
  public ResolvedTenant require() {
    if (tenant == null) {
      throw new IllegalStateException("this request has no tenant");
    }
    return tenant;
  }

  /** Whether the request's tenant is active. */
  public boolean active() {
    return tenant != null && tenant.status() == TenantStatus.ACTIVE;
  }
}
