package cn.yangguang.web.console;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.catalogue.application.CatalogueFileException;
import cn.yangguang.catalogue.application.CatalogueFiles;
import cn.yangguang.catalogue.application.CatalogueImport;
import cn.yangguang.catalogue.application.CatalogueLifecycle;
import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.StaffOnly;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service catalogue (事项目录) in the console, for county admins (every item) and department admins
 * (their department's items): the working list with filters, export (CSV or XLSX, the import
 * format), import of a file with its progress and report, and publishing or retiring one item.
 *
 * <p><b>CSRF on the upload.</b> The import form is {@code multipart/form-data}, whose body {@code
 * CsrfFilter} does not parse (it would have to buffer up to 10 MB before authorization is done with
 * it); the form therefore carries the session's token in its action's query, {@code
 * import?_csrf=...}, which the filter accepts for multipart requests only. The token is also in a
 * hidden field, for symmetry with the other forms; it is not read from there.
 */
@Path("t/{tenant}/console/catalogue")
@RequestScoped
@StaffOnly({Roles.ADMIN, Roles.DEPT_ADMIN})
@Produces(MediaType.TEXT_HTML)
public class CataloguePagesResource {

  static final String HERE = "catalogue";

  /** The largest file accepted. */
  static final int MAX_FILE = 10 * 1024 * 1024;

  /** The largest request body accepted: the file and the form around it. */
  static final int MAX_BODY = MAX_FILE + 64 * 1024;

  /** How long the upload waits for a small import to finish before showing its progress page. */
  static final Duration SHORT_WAIT = Duration.ofSeconds(2);

  /** The media type of an XLSX workbook. */
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** What an item key (实施编码) looks like. */
  static final Pattern KEY = Pattern.compile("[0-9A-Za-z-]{1,36}");

  /** Notices the catalogue list knows. */
  static final Set<String> NOTICES = Set.of("published", "retired");

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject CallerContext context;
  @Inject TenantStructureService structures;
  @Inject CatalogueQueries queries;
  @Inject CatalogueFiles files;
  @Inject CatalogueImport importer;
  @Inject CatalogueLifecycle lifecycle;
  @Inject CatalogueImports imports;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /**
   * The working list, {@value CatalogueConsole#PAGE_SIZE} items a page ({@code page}, from 1);
   * {@code status} and {@code department} filter it, {@code notice} and {@code key} confirm a
   * change just made.
   */
  @GET
  public Response list(
      @QueryParam("status") String status,
      @QueryParam("department") String department,
      @QueryParam("notice") String notice,
      @QueryParam("key") String key,
      @QueryParam("page") String page) {
    TenantRef t = tenants.require().ref();
    TenantStructure structure = structures.structure(t);
    CatalogueConsole.Scope scope = scope(structure);
    Set<String> published =
        queries.published(t).stream().map(ServiceItem::key).collect(Collectors.toSet());
    List<CatalogueConsole.Row> all =
        CatalogueConsole.rows(
            queries.current(t),
            published,
            queries.codes(t),
            RequestLocale.of(headers, uri),
            structure,
            scope);
    CatalogueConsole.Page shown =
        CatalogueConsole.page(CatalogueConsole.filter(all, status, department), page);
    Map<String, Object> model = new HashMap<>();
    model.put("rows", shown.rows());
    model.put("pager", shown);
    model.put("derived", queries.derivedKeys(t));
    model.put("total", all.size());
    model.put("counts", CatalogueConsole.counts(all));
    model.put("statuses", CatalogueConsole.STATUSES);
    model.put("departments", structure.departments());
    model.put("status", CatalogueConsole.status(status));
    model.put("department", department == null ? "" : department.strip());
    model.put("scope", scope);
    model.put(
        "scopeName",
        structure.departments().stream()
            .filter(d -> d.code().equals(scope.department()))
            .map(TenantStructure.DepartmentView::nameZh)
            .findFirst()
            .orElse(scope.department()));
    model.put("maxMegabytes", MAX_FILE / (1024 * 1024));
    String named =
        all.stream()
            .filter(r -> r.key().equals(key))
            .map(CatalogueConsole.Row::name)
            .findFirst()
            .orElse(null);
    Optional.ofNullable(Notice.of(notice, NOTICES, named)).ifPresent(n -> model.put("notice", n));
    return pages.page("console-catalogue", HERE, model);
  }

  /** The working list as a CSV file in the import format (re-imports unchanged). */
  @GET
  @Path("export.csv")
  @Produces("text/csv")
  public Response exportCsv() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.writeCsv(queries.export(tenants.require().ref()), out);
    return download(out.toByteArray(), "text/csv; charset=UTF-8", "csv");
  }

  /** The working list as an XLSX workbook in the import format. */
  @GET
  @Path("export.xlsx")
  @Produces(XLSX)
  public Response exportXlsx() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.writeXlsx(queries.export(tenants.require().ref()), out);
    return download(out.toByteArray(), XLSX, "xlsx");
  }

  /**
   * Imports an uploaded CSV or XLSX file (field {@code file}). A file that cannot be read, or rows
   * outside a department admin's department, are answered at once (422, nothing changed); a
   * readable file is imported in the background and the answer is 303 to its progress page.
   */
  @POST
  @Path("import")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public Response upload(
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      @HeaderParam(HttpHeaders.CONTENT_LENGTH) String contentLength,
      InputStream body)
      throws IOException {
    if (declaredLength(contentLength) > MAX_BODY) {
      return importPage(413, CatalogueImportPage.of("tooLarge"));
    }
    byte[] bytes = body.readNBytes(MAX_BODY + 1);
    if (bytes.length > MAX_BODY) {
      return importPage(413, CatalogueImportPage.of("tooLarge"));
    }
    MultipartForm.Part file;
    try {
      file = MultipartForm.parse(contentType, bytes).part("file").orElse(null);
    } catch (MultipartForm.Malformed e) {
      return importPage(400, CatalogueImportPage.of("noFile"));
    }
    if (file == null || file.content().length == 0) {
      return importPage(400, CatalogueImportPage.of("noFile"));
    }
    String fileName = CatalogueConsole.logName(file.fileName());
    if (file.content().length > MAX_FILE) {
      return importPage(413, CatalogueImportPage.of("tooLarge").named(fileName));
    }
    CatalogueConsole.FileKind kind =
        CatalogueConsole.kind(file.fileName(), file.contentType(), file.content());
    if (kind == null) {
      return importPage(415, CatalogueImportPage.of("wrongType").named(fileName));
    }
    List<Map<Column, String>> rows;
    try {
      InputStream in = new ByteArrayInputStream(file.content());
      rows = kind == CatalogueConsole.FileKind.CSV ? files.readCsv(in) : files.readXlsx(in);
    } catch (CatalogueFileException e) {
      return importPage(422, CatalogueImportPage.rejected(fileName, e.problems()));
    } catch (IOException e) {
      return importPage(
          422,
          CatalogueImportPage.rejected(
              fileName,
              List.of(
                  new RowProblem(
                      1,
                      null,
                      "unreadable file: " + e.getMessage(),
                      "unreadableFile",
                      List.of(String.valueOf(e.getMessage()))))));
    }
    ResolvedTenant t = tenants.require();
    List<RowProblem> outside =
        CatalogueConsole.outOfScope(rows, scope(structures.structure(t.ref())));
    if (!outside.isEmpty()) {
      return importPage(422, CatalogueImportPage.rejected(fileName, outside));
    }
    TenantRef tenant = t.ref();
    String actor = context.actor();
    Optional<UUID> id =
        imports.start(
            tenant,
            fileName,
            actor,
            rows.size(),
            progress -> importer.apply(tenant, rows, fileName, actor, progress));
    if (id.isEmpty()) {
      return importPage(409, CatalogueImportPage.of("busy").named(fileName));
    }
    imports.await(id.get(), SHORT_WAIT);
    return pages.seeOther(HERE + "/imports/" + id.get());
  }

  /**
   * An import's progress (the page refreshes itself each second) and, once finished, its report:
   * 200 applied, 422 rejected (nothing changed), 500 failed (nothing changed; incident logged).
   */
  @GET
  @Path("imports/{id}")
  public Response progress(@PathParam("id") String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return importPage(404, CatalogueImportPage.of("unknown"));
    }
    Optional<CatalogueImports.Snapshot> found = imports.find(tenants.require().ref().id(), uuid);
    if (found.isEmpty()) {
      return importPage(404, CatalogueImportPage.of("unknown"));
    }
    CatalogueImports.Snapshot s = found.get();
    if (!s.finished()) {
      return importPage(200, CatalogueImportPage.running(s));
    }
    if (s.report() == null) {
      return importPage(500, CatalogueImportPage.failed(s));
    }
    ImportReport r = s.report();
    return importPage(r.applied() ? 200 : 422, CatalogueImportPage.finished(s));
  }

  /** Publishes the item's open draft; 303 to the list. */
  @POST
  @Path("{key}/publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(@PathParam("key") String key) {
    checkKey(key);
    TenantRef t = tenants.require().ref();
    try {
      lifecycle.publish(t, key, scope(structures.structure(t)).restriction(), context.actor());
    } catch (CatalogueLifecycle.Refused e) {
      throw refusal(e);
    }
    return pages.seeOther(HERE + "?notice=published&key=" + key);
  }

  /** Retires the item's published version; 303 to the list. */
  @POST
  @Path("{key}/retire")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response retire(@PathParam("key") String key) {
    checkKey(key);
    TenantRef t = tenants.require().ref();
    try {
      lifecycle.retire(t, key, scope(structures.structure(t)).restriction(), context.actor());
    } catch (CatalogueLifecycle.Refused e) {
      throw refusal(e);
    }
    return pages.seeOther(HERE + "?notice=retired&key=" + key);
  }

  private Response importPage(int status, CatalogueImportPage page) {
    Map<String, Object> model = new HashMap<>();
    model.put("page", page);
    model.put("maxMegabytes", MAX_FILE / (1024 * 1024));
    return pages.page(status, "console-catalogue-import", HERE, model);
  }

  private CatalogueConsole.Scope scope(TenantStructure structure) {
    return CatalogueConsole.Scope.of(context.requireStaff(), structure);
  }

  private Response download(byte[] content, String type, String extension) {
    ResolvedTenant t = tenants.require();
    String date = DateTimeFormatter.BASIC_ISO_DATE.format(java.time.LocalDate.now(t.zone()));
    String name = "catalogue-" + t.ref().slug() + "-" + date + "." + extension;
    return Response.ok(content, type)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .cacheControl(ConsolePages.noStore())
        .build();
  }

  private static void checkKey(String key) {
    if (key == null || !KEY.matcher(key).matches()) {
      throw ProblemException.notFound("catalogue item");
    }
  }

  private static ProblemException refusal(CatalogueLifecycle.Refused e) {
    return switch (e.reason()) {
      case UNKNOWN_ITEM -> ProblemException.notFound("catalogue item");
      case OTHER_DEPARTMENT ->
          new ProblemException(
              403, "Another department's item", e.getMessage() + "; nothing was changed");
      case NO_DRAFT, NOT_PUBLISHED ->
          new ProblemException(409, "Not possible now", e.getMessage() + "; nothing was changed");
    };
  }

  private static long declaredLength(String header) {
    if (header == null || header.isBlank()) {
      return -1;
    }
    try {
      return Long.parseLong(header.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
