package cn.yangguang.web.portal;

import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.view.RequestLocale;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The county's service guide (办事指南) on the public portal, no sign-in: the published items grouped
 * by department, theme or exercise level with the ex-officio items apart, one item's guide, and
 * search.
 *
 * <p>Pages are rendered per request from the database (the catalogue has no cheap version number to
 * key a cache of rendered pages by, and a stale guide is worse than a slower one). Each answer
 * carries an entity tag made from its bytes, with {@code max-age=0, must-revalidate}: a browser on
 * a slow village link revalidates and gets 304 without the body when nothing changed, and never
 * shows a withdrawn item from its cache.
 */
@Path("t/{tenant}/services")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ServiceGuideResource {

  private static final Logger LOG = Logger.getLogger(ServiceGuideResource.class.getName());

  /** What an item key (实施编码) looks like; anything else is unknown without asking the database. */
  static final Pattern KEY = Pattern.compile("[0-9A-Za-z-]{1,36}");

  @Inject TenantContext context;
  @Inject TenantStructureService structures;
  @Inject CatalogueQueries catalogue;

  @Context HttpHeaders headers;
  @Context UriInfo uri;
  @Context Request request;

  /**
   * The services page, grouped by {@code by} ({@code department}, {@code theme} or {@code level}).
   */
  @GET
  public Response list(@PathParam("tenant") String slug, @QueryParam("by") String by) {
    ResolvedTenant t = context.require();
    Locale locale = RequestLocale.of(headers, uri);
    TenantStructure structure = structures.structure(t.ref());
    CodeLabels labels = new CodeLabels(catalogue.codes(t.ref()), locale, structure);
    ServiceListing listing = ServiceListing.of(catalogue.published(t.ref()), by, labels, structure);
    Map<String, Object> model = model(t);
    model.put("listing", listing);
    model.put("groupings", ServiceListing.GROUPINGS);
    return answer(200, "services", model, locale, base(t) + "/services");
  }

  /** Search results for {@code q} among the published items. */
  @GET
  @Path("search")
  public Response search(@PathParam("tenant") String slug, @QueryParam("q") String q) {
    ResolvedTenant t = context.require();
    Locale locale = RequestLocale.of(headers, uri);
    String query = ServiceSearchResults.normalize(q);
    ServiceSearchResults results;
    int status = 200;
    if (query.isEmpty()) {
      results = new ServiceSearchResults("", false, true, List.of());
    } else {
      TenantStructure structure = structures.structure(t.ref());
      CodeLabels labels = new CodeLabels(catalogue.codes(t.ref()), locale, structure);
      try {
        results =
            ServiceSearchResults.of(
                query, catalogue.search(t.ref(), query, ServiceSearchResults.LIMIT), labels);
      } catch (IllegalStateException e) {
        LOG.log(Level.WARNING, "search of " + t.ref().slug() + " failed", e);
        results = new ServiceSearchResults(query, true, false, List.of());
        status = 503;
      }
    }
    Map<String, Object> model = model(t);
    model.put("search", results);
    return answer(status, "services-search", model, locale, base(t) + "/services/search");
  }

  /** One item's guide; 404 for a key the county has not published. */
  @GET
  @Path("{key}")
  public Response guide(@PathParam("tenant") String slug, @PathParam("key") String key) {
    ResolvedTenant t = context.require();
    if (key == null || !KEY.matcher(key).matches()) {
      throw ProblemException.notFound("service item");
    }
    ServiceItem item =
        catalogue
            .published(t.ref(), key)
            .orElseThrow(() -> ProblemException.notFound("service item " + key));
    Locale locale = RequestLocale.of(headers, uri);
    TenantStructure structure = structures.structure(t.ref());
    CodeLabels labels = new CodeLabels(catalogue.codes(t.ref()), locale, structure);
    Map<String, Object> model = model(t);
    model.put("guide", ServiceGuide.of(item, labels, t.zone()));
    return answer(200, "service-guide", model, locale, base(t) + "/services/" + key);
  }

  private static Map<String, Object> model(ResolvedTenant t) {
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", base(t));
    return model;
  }

  private static String base(ResolvedTenant t) {
    return "/t/" + t.ref().slug();
  }

  private Response answer(
      int status, String template, Map<String, Object> model, Locale locale, String path) {
    byte[] html =
        ViewWriter.render(new View(template, model), locale, path).getBytes(StandardCharsets.UTF_8);
    CacheControl cache = new CacheControl();
    cache.setMaxAge(0);
    cache.setMustRevalidate(true);
    if (status != 200) {
      cache.setNoStore(true);
      return Response.status(status)
          .entity(html)
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .cacheControl(cache)
          .header("Content-Language", locale.toLanguageTag())
          .build();
    }
    EntityTag etag = new EntityTag(etag(html));
    Response.ResponseBuilder notModified = request.evaluatePreconditions(etag);
    if (notModified != null) {
      return notModified.cacheControl(cache).header("Vary", "Accept-Language, Cookie").build();
    }
    return Response.ok(html, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .tag(etag)
        .cacheControl(cache)
        .header("Content-Language", locale.toLanguageTag())
        .header("Vary", "Accept-Language, Cookie")
        .build();
  }

  /** An entity tag value made from a page's bytes (the first 128 bits of their SHA-256). */
  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
