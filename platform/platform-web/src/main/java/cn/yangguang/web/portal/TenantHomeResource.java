package cn.yangguang.web.portal;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** A county's home page: its name, division code and structure. */
@Path("t/{tenant}")
@RequestScoped
public class TenantHomeResource {

  @Inject TenantContext context;
  @Inject TenantStructureService structures;

  /** The county's home page. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public View home(@PathParam("tenant") String slug) {
    ResolvedTenant tenant = context.require();
    return new View(
        "tenant-home",
        Map.of(
            "tenant",
            tenant,
            "structure",
            structures.structure(tenant.ref()),
            "base",
            "/t/" + tenant.ref().slug()));
  }
}
