package cn.yangguang.web.catalogue;

import cn.yangguang.catalogue.application.CatalogueFiles;
import cn.yangguang.catalogue.application.CatalogueImport;
import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A county's service items. Listing, search and detail are public (published versions only); import
 * and export are for the county's catalogue admins.
 */
@Path("t/{tenant}/api/v1/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final int MAX_UPLOAD = 10 * 1024 * 1024;

  @Inject TenantContext tenants;
  @Inject CatalogueQueries queries;
  @Inject CatalogueImport importer;
  @Inject CatalogueFiles files;
  @Inject CallerContext caller;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** An item in a listing. */
  public record Summary(
      String key,
      String name,
      String highlightedName,
      String itemType,
      String department,
      List<String> themes,
      List<String> levels,
      boolean takesApplications,
      String caseKind,
      ItemFields.Limit statutory,
      ItemFields.Limit promised,
      int version) {}

  /** A page of items. */
  public record Listing(int total, List<Summary> items) {}

  /** One item's public version. */
  public record Detail(
      String key, int version, String status, Instant publishedAt, ItemFields fields) {}

  /**
   * Published items, filtered; with {@code q}, ranked by the search (every hit re-read from the
   * database).
   */
  @GET
  public Listing list(
      @QueryParam("q") @Size(max = 100) String q,
      @QueryParam("department") String department,
      @QueryParam("theme") String theme,
      @QueryParam("type") String type,
      @QueryParam("level") String level,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    ResolvedTenant t = tenants.require();
    Predicate<ItemFields> filter =
        f ->
            (department == null || department.equals(f.departmentCode()))
                && (theme == null || f.themes().contains(theme))
                && (type == null || type.equals(f.itemType()))
                && (level == null || f.exerciseLevels().contains(level));
    List<Summary> all;
    if (q != null && !q.isBlank()) {
      all =
          queries.search(t.ref(), q.strip(), 500).stream()
              .filter(found -> filter.test(found.item().fields()))
              .map(found -> summary(found.item(), found.highlightedName()))
              .toList();
    } else {
      all =
          queries.published(t.ref()).stream()
              .filter(i -> filter.test(i.fields()))
              .map(i -> summary(i, null))
              .toList();
    }
    List<Summary> page = all.stream().skip(offset).limit(limit).toList();
    return new Listing(all.size(), page);
  }

  /** The published version of one item; 404 when there is none. */
  @GET
  @Path("{key}")
  public Detail get(@PathParam("key") String key) {
    ServiceItem i =
        queries
            .published(tenants.require().ref(), key)
            .orElseThrow(() -> ProblemException.notFound("published item " + key));
    return new Detail(i.key(), i.version(), i.status().name(), i.publishedAt(), i.fields());
  }

  /** The county's working list in the exchange format (CSV, or XLSX with {@code format=xlsx}). */
  @GET
  @Path("export")
  @StaffOnly({"admin", "deptadmin"})
  @Produces({"text/csv", XLSX, MediaType.APPLICATION_JSON})
  public Response export(@QueryParam("format") @DefaultValue("csv") String format) {
    ResolvedTenant t = tenants.require();
    List<Map<Column, String>> rows = queries.export(t.ref());
    boolean xlsx = "xlsx".equals(format);
    StreamingOutput body =
        out -> {
          if (xlsx) {
            files.writeXlsx(rows, out);
          } else {
            files.writeCsv(rows, out);
          }
        };
    return Response.ok(body, xlsx ? XLSX : "text/csv; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\""
                + t.ref().slug()
                + "-catalogue."
                + (xlsx ? "xlsx" : "csv")
                + "\"")
        .build();
  }

  /**
   * Imports a file (CSV or XLSX by content type), all or nothing: 200 with the counts when applied,
   * 422 with every problem by row and column when rejected (nothing changed).
   */
  @POST
  @Path("import")
  @StaffOnly({"admin", "deptadmin"})
  @Consumes({"text/csv", XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(
      InputStream body,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("name") @DefaultValue("upload") String name)
      throws IOException {
    byte[] bytes = body.readNBytes(MAX_UPLOAD + 1);
    if (bytes.length > MAX_UPLOAD) {
      throw new ProblemException(413, "File too large", "a catalogue file is at most 10 MB");
    }
    boolean xlsx = contentType != null && contentType.startsWith(XLSX);
    List<Map<Column, String>> rows =
        xlsx
            ? files.readXlsx(new ByteArrayInputStream(bytes))
            : files.readCsv(new ByteArrayInputStream(bytes));
    ImportReport report =
        importer.apply(tenants.require().ref(), rows, name, caller.actor(), n -> {});
    return Response.status(report.applied() ? 200 : 422)
        .entity(ProblemReports.of(report, RequestLocale.of(headers, uri)))
        .build();
  }

  private static Summary summary(ServiceItem i, String highlighted) {
    ItemFields f = i.fields();
    return new Summary(
        i.key(),
        f.name(),
        highlighted,
        f.itemType(),
        f.departmentCode(),
        f.themes(),
        f.exerciseLevels(),
        f.takesApplications(),
        f.caseKind(),
        f.statutory(),
        f.promised(),
        i.version());
  }
}
