package cn.yangguang.web.identity;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A staff member's own identity in a county: department, posts and roles there. */
@Path("t/{tenant}/api/v1/staff/me")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
public class StaffSelfResource {

  @Inject CallerContext context;
  @Inject TenantContext tenants;
  @Inject TenantStructureService structures;

  /** The caller in this county. */
  public record Me(String tenant, String tenantName, StaffViews.StaffView staff) {}

  /** 200 for the county's staff, 403 for anyone else signed in, 401 without credentials. */
  @GET
  public Me me() {
    ResolvedTenant tenant = tenants.require();
    return new Me(
        tenant.ref().slug(),
        tenant.facts().nameZh(),
        StaffViews.of(context.requireStaff(), structures.structure(tenant.ref())));
  }
}
