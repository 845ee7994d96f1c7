package cn.yangguang.web.console;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CatalogueIndexMaintenance;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;

/**
 * The county's search index (检索索引) for its admin: how many items this server's index holds, the
 * last rebuild (who, when, how many entries were wrong), and a rebuild from the database with its
 * progress (the page refreshes itself while it runs). The rebuild also reaches the other servers
 * through the outbox.
 */
@Path("t/{tenant}/console/catalogue/index")
@RequestScoped
@StaffOnly(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class CatalogueIndexPagesResource {

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject CallerContext context;
  @Inject CatalogueIndexMaintenance index;

  /** The index and its last or running rebuild; {@code busy} says a rebuild was already running. */
  @GET
  public Response page(@QueryParam("busy") String busy) {
    TenantRef t = tenants.require().ref();
    CatalogueIndexMaintenance.Status s = index.status(t);
    Map<String, Object> model = new HashMap<>();
    model.put("status", s);
    model.put("busy", busy != null);
    model.put(
        "finishedAt",
        s.finishedAt() == null
            ? ""
            : java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .format(s.finishedAt().atZone(tenants.require().zone())));
    return pages.page("console-catalogue-index", CataloguePagesResource.HERE, model);
  }

  /** Starts a rebuild on this server (and, through the outbox, on the others); 303 to the page. */
  @POST
  @Path("rebuild")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response rebuild() {
    boolean started = index.requestRebuild(tenants.require().ref(), context.actor());
    return pages.seeOther(CataloguePagesResource.HERE + "/index" + (started ? "" : "?busy"));
  }
}
