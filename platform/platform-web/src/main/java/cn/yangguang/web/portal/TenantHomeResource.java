package cn.yangguang.web.portal;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.web.view.RenderedPages;
import cn.yangguang.web.view.RequestLocale;
import cn.yangguang.web.view.View;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import java.util.Map;

/**
 * A county's home page: its name, division code and structure. Rendered once per data version and
 * language (see {@link RenderedPages}); browsers revalidate with the entity tag and get 304 when
 * nothing changed, which matters on slow village links.
 */
@Path("t/{tenant}")
@RequestScoped
public class TenantHomeResource {

  @Inject TenantContext context;
  @Inject TenantStructureService structures;
  @Inject RenderedPages pages;

  /** The county's home page. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response home(
      @PathParam("tenant") String slug,
      @Context HttpHeaders headers,
      @Context UriInfo uri,
      @Context Request request) {
    ResolvedTenant tenant = context.require();
    TenantStructureService.Snapshot snapshot = structures.snapshot(tenant.ref());
    Locale locale = RequestLocale.of(headers, uri);
    String path = "/t/" + tenant.ref().slug() + "/";
    RenderedPages.Page page =
        pages.page(
            tenant.ref().id(),
            "v" + tenant.version() + "g" + snapshot.generation(),
            "tenant-home",
            locale,
            path,
            () ->
                new View(
                    "tenant-home",
                    Map.of(
                        "tenant",
                        tenant,
                        "structure",
                        snapshot.structure(),
                        "base",
                        "/t/" + tenant.ref().slug())));
    EntityTag etag = new EntityTag(page.etag().replace("\"", ""));
    CacheControl cache = new CacheControl();
    cache.setMaxAge(0);
    cache.setMustRevalidate(true);
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).build();
    }
    return Response.ok(page.html(), MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .tag(etag)
        .cacheControl(cache)
        .header("Content-Language", locale.toLanguageTag())
        .header("Vary", "Accept-Language, Cookie")
        .build();
  }
}
