package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * The county's {@code sitemap.xml}: its portal's entry pages, the disclosure columns and every
 * published document (withdrawn ones leave it with their publication).
 */
@Path("t/{tenant}/sitemap.xml")
@RequestScoped
public class SitemapResource {

  @Inject TenantContext context;
  @Inject DisclosureCatalogue catalogue;
  @Inject DisclosureQueries queries;

  @Context UriInfo uri;

  /** The sitemap. */
  @GET
  @Produces("application/xml")
  public Response sitemap(@PathParam("tenant") String slug) {
    ResolvedTenant t = context.require();
    String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/t/" + t.ref().slug();
    List<String> pages = new ArrayList<>(List.of("/", "/services", "/disclosure"));
    for (DisclosureColumn c : catalogue.columns(t.ref()).all()) {
      pages.add("/disclosure/columns/" + c.code());
    }
    byte[] xml = DisclosureFeeds.sitemap(base, pages, queries.allPublished(t.ref()));
    return Response.ok(xml, "application/xml; charset=UTF-8")
        .cacheControl(DisclosurePortalResource.noCache())
        .build();
  }
}
