package cn.yangguang.web.disclosure;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.application.DisclosureQueries;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The county's disclosure pages (政务公开) on the public portal, no sign-in: the column tree and the
 * agencies' catalogues, a column's or an agency's documents, a document with its metadata, funds
 * tables and attachments, search with filters, and each column's feed.
 *
 * <p>Pages are rendered per request and marked {@code no-cache}: a withdrawn document must vanish
 * at once, also from a browser's cache (it revalidates each time).
 */
@Path("t/{tenant}/disclosure")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class DisclosurePortalResource {

  private static final Logger LOG = Logger.getLogger(DisclosurePortalResource.class.getName());

  @Inject TenantContext context;
  @Inject DisclosureCatalogue catalogue;
  @Inject DisclosureQueries queries;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The column tree, the agencies and the search box. */
  @GET
  public Response home(@PathParam("tenant") String slug) {
    ResolvedTenant t = context.require();
    Map<String, Object> model = model(t);
    model.put("columns", catalogue.columns(t.ref()).roots());
    model.put("agencies", catalogue.agencies(t.ref()));
    return page("disclosure", model, "/disclosure");
  }

  /** A column's published documents (its sub-columns' included). */
  @GET
  @Path("columns/{code}")
  public Response column(@PathParam("tenant") String slug, @PathParam("code") String code) {
    ResolvedTenant t = context.require();
    ColumnTree tree = catalogue.columns(t.ref());
    DisclosureColumn column =
        tree.find(code).orElseThrow(() -> ProblemException.notFound("column " + code));
    Map<String, Object> model = model(t);
    model.put("column", column);
    model.put(
        "children",
        tree.roots().stream()
            .flatMap(n -> find(n, code).stream())
            .findFirst()
            .map(ColumnTree.Node::children)
            .orElse(List.of()));
    model.put("documents", queries.inColumn(t.ref(), tree, code));
    model.put("names", DisclosurePages.names(tree, catalogue.agencies(t.ref())));
    return page("disclosure-list", model, "/disclosure/columns/" + code);
  }

  /** An agency's disclosure catalogue (公开目录): its published documents. */
  @GET
  @Path("agencies/{code}")
  public Response agency(@PathParam("tenant") String slug, @PathParam("code") String code) {
    ResolvedTenant t = context.require();
    DisclosureCatalogue.Agency agency =
        catalogue.agency(t.ref(), code).orElseThrow(() -> ProblemException.notFound("agency"));
    Map<String, Object> model = model(t);
    model.put("agency", agency);
    model.put("children", List.of());
    model.put("documents", queries.ofAgency(t.ref(), code));
    model.put(
        "names", DisclosurePages.names(catalogue.columns(t.ref()), catalogue.agencies(t.ref())));
    return page("disclosure-list", model, "/disclosure/agencies/" + code);
  }

  /** A published document; 404 for any other (draft, under review, withdrawn, unknown). */
  @GET
  @Path("documents/{id}")
  public Response document(@PathParam("tenant") String slug, @PathParam("id") String id) {
    ResolvedTenant t = context.require();
    DisclosureQueries.PublishedDocument p =
        queries
            .published(t.ref(), DisclosureResource.uuid(id))
            .orElseThrow(() -> ProblemException.notFound("document"));
    Map<String, Object> model = model(t);
    model.put("p", p);
    model.put("d", p.document());
    model.put(
        "names", DisclosurePages.names(catalogue.columns(t.ref()), catalogue.agencies(t.ref())));
    model.put("subjects", DisclosurePages.subjects(catalogue.subjects(t.ref()), locale()));
    return page("disclosure-document", model, "/disclosure/documents/" + id);
  }

  /** An attachment of a published document. */
  @GET
  @Path("documents/{id}/attachments/{file}")
  @Produces(MediaType.WILDCARD)
  public Response attachment(
      @PathParam("tenant") String slug,
      @PathParam("id") String id,
      @PathParam("file") String file) {
    TenantRef t = context.require().ref();
    DisclosureQueries.Download d =
        queries
            .publishedAttachment(t, DisclosureResource.uuid(id), DisclosureResource.uuid(file))
            .orElseThrow(() -> ProblemException.notFound("attachment"));
    return Response.ok(d.content(), d.contentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + java.net.URLEncoder.encode(d.name(), StandardCharsets.UTF_8).replace("+", "%20"))
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(noCache())
        .build();
  }

  /** Search over documents and service items, with the filters. */
  @GET
  @Path("search")
  public Response search(
      @PathParam("tenant") String slug,
      @QueryParam("q") String q,
      @QueryParam("column") String column,
      @QueryParam("agency") String agency,
      @QueryParam("year") String year,
      @QueryParam("validity") String validity) {
    ResolvedTenant t = context.require();
    ColumnTree tree = catalogue.columns(t.ref());
    Map<String, Object> model = model(t);
    DisclosurePages.SearchForm form =
        DisclosurePages.SearchForm.of(q, column, agency, year, validity);
    model.put("form", form);
    model.put("columns", tree.all());
    model.put("agencies", catalogue.agencies(t.ref()));
    model.put("names", DisclosurePages.names(tree, catalogue.agencies(t.ref())));
    int status = 200;
    if (!form.q().isEmpty()) {
      try {
        model.put(
            "results",
            queries.search(
                t.ref(),
                DisclosureSearchForm.query(
                    form.q(),
                    form.column(),
                    form.agency(),
                    form.yearNumber(),
                    form.validity(),
                    tree),
                50));
      } catch (IllegalStateException e) {
        LOG.log(Level.WARNING, "disclosure search of " + t.ref().slug() + " failed", e);
        model.put("unavailable", true);
        status = 503;
      }
    }
    return page(status, "disclosure-search", model, "/disclosure/search");
  }

  /** A column's newest documents as a feed: Atom, or RSS 2.0 with {@code format=rss}. */
  @GET
  @Path("columns/{code}/feed")
  @Produces({"application/atom+xml", "application/rss+xml"})
  public Response feed(
      @PathParam("tenant") String slug,
      @PathParam("code") String code,
      @QueryParam("format") String format) {
    ResolvedTenant t = context.require();
    ColumnTree tree = catalogue.columns(t.ref());
    DisclosureColumn column =
        tree.find(code).orElseThrow(() -> ProblemException.notFound("column " + code));
    String base = uri.getBaseUri().toString().replaceAll("/$", "") + "/t/" + t.ref().slug();
    boolean rss = "rss".equals(format);
    byte[] xml =
        DisclosureFeeds.feed(
            rss,
            t.facts().nameZh() + " · " + column.nameZh(),
            base,
            column,
            queries.inColumn(t.ref(), tree, code).stream().limit(50).toList());
    return Response.ok(
            xml, rss ? "application/rss+xml; charset=UTF-8" : "application/atom+xml; charset=UTF-8")
        .cacheControl(noCache())
        .build();
  }

  private static java.util.Optional<ColumnTree.Node> find(ColumnTree.Node n, String code) {
    if (n.column().code().equals(code)) {
      return java.util.Optional.of(n);
    }
    return n.children().stream().flatMap(c -> find(c, code).stream()).findFirst();
  }

  private Locale locale() {
    return RequestLocale.of(headers, uri);
  }

  private static Map<String, Object> model(ResolvedTenant t) {
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", "/t/" + t.ref().slug());
    model.put("fmt", new DisclosurePages.Format(t.zone()));
    return model;
  }

  private Response page(String template, Map<String, Object> model, String path) {
    return page(200, template, model, path);
  }

  private Response page(int status, String template, Map<String, Object> model, String path) {
    Locale locale = locale();
    String base = (String) model.get("base");
    String html = ViewWriter.render(new View(template, model), locale, base + path);
    return Response.status(status)
        .entity(html.getBytes(StandardCharsets.UTF_8))
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .cacheControl(noCache())
        .header("Content-Language", locale.toLanguageTag())
        .build();
  }

  static CacheControl noCache() {
    CacheControl c = new CacheControl();
    c.setNoCache(true);
    return c;
  }
}
