package cn.yangguang.web.platform;

import cn.yangguang.catalogue.application.CatalogueIndexMaintenance;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantDirectory;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The catalogue search index of every county on this node, for platform operators: its state and
 * progress, and a rebuild from the database (of one county with {@code tenant}, else of all; every
 * other node follows through the outbox).
 */
@Path("api/v1/platform/catalogue-index")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueIndexAdminResource {

  @Inject TenantDirectory tenants;
  @Inject CatalogueIndexMaintenance index;
  @Inject CallerContext context;

  /** One county's index on this node. */
  public record CountyIndex(String tenant, CatalogueIndexMaintenance.Status status) {}

  /** Every county's index on this node (or one county's, with {@code tenant}). */
  @GET
  public List<CountyIndex> list(
      @QueryParam("tenant") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String tenant) {
    return counties(tenant).stream()
        .map(t -> new CountyIndex(t.ref().slug(), index.status(t.ref())))
        .toList();
  }

  /** Starts rebuilds; 202 with the counties' states (a rebuild already running is left alone). */
  @POST
  @Path("rebuild")
  public Response rebuild(
      @QueryParam("tenant") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String tenant) {
    List<ResolvedTenant> chosen = counties(tenant);
    chosen.forEach(t -> index.requestRebuild(t.ref(), context.actor()));
    return Response.accepted(
            chosen.stream()
                .map(t -> new CountyIndex(t.ref().slug(), index.status(t.ref())))
                .toList())
        .build();
  }

  private List<ResolvedTenant> counties(String slug) {
    List<ResolvedTenant> all =
        tenants.all().stream().filter(t -> slug == null || t.ref().slug().equals(slug)).toList();
    if (slug != null && all.isEmpty()) {
      throw ProblemException.notFound("county " + slug);
    }
    return all;
  }
}
