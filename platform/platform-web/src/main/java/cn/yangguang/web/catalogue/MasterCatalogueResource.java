package cn.yangguang.web.catalogue;

import cn.yangguang.catalogue.application.CatalogueFiles;
import cn.yangguang.catalogue.application.ProvinceMasterCatalogue;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.OversightAccess;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.security.Refusals;
import cn.yangguang.web.view.RequestLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
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
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * A province's master catalogue (省级事项目录), for the province's admins and platform operators: read
 * it, and replace it by importing a file in the exchange format (all or nothing; the counties of
 * the province follow at once). Writes go through the audited shared-row path (ADR 0026).
 */
@Path("api/v1/provinces/{code}/catalogue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MasterCatalogueResource {

  private static final int MAX_UPLOAD = 10 * 1024 * 1024;

  @Inject CallerContext context;
  @Inject OversightAccess oversight;
  @Inject ProvinceMasterCatalogue master;
  @Inject CatalogueFiles files;

  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** A master item. */
  public record MasterItem(
      String key,
      String name,
      String itemType,
      String baseCode,
      String legalBasis,
      int version,
      boolean synthetic) {

    static MasterItem of(ServiceItem i) {
      return new MasterItem(
          i.key(),
          i.fields().name(),
          i.fields().itemType(),
          i.fields().baseCode(),
          i.fields().legalBasis(),
          i.version(),
          i.fields().synthetic());
    }
  }

  /** The province's published master items: 200 for its admins and operators. */
  @GET
  public List<MasterItem> list(@PathParam("code") @Pattern(regexp = "\\d{2}0000") String code) {
    authorize(code);
    return master.published(code).stream().map(MasterItem::of).toList();
  }

  /**
   * Imports a master file (CSV, or XLSX by content type): 200 with the counts when applied, 422
   * with every problem by row and column when rejected (nothing changed).
   */
  @PUT
  @Consumes({"text/csv", ItemResource.XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importFile(
      @PathParam("code") @Pattern(regexp = "\\d{2}0000") String code,
      @HeaderParam("Content-Type") String contentType,
      @QueryParam("name") @DefaultValue("upload") @Size(max = 200) String name,
      InputStream body)
      throws IOException {
    authorize(code);
    byte[] bytes = body.readNBytes(MAX_UPLOAD + 1);
    if (bytes.length > MAX_UPLOAD) {
      throw new ProblemException(413, "File too large", "a catalogue file is at most 10 MB");
    }
    boolean xlsx = contentType != null && contentType.startsWith(ItemResource.XLSX);
    List<Map<Column, String>> rows =
        xlsx
            ? files.readXlsx(new ByteArrayInputStream(bytes))
            : files.readCsv(new ByteArrayInputStream(bytes));
    ProvinceMasterCatalogue.MasterReport report =
        master.importRows(code, rows, name, context.actor());
    return Response.status(report.applied() ? 200 : 422)
        .entity(ProblemReports.of(report, RequestLocale.of(headers, uri)))
        .build();
  }

  /** Operators and the province's own admins only: 401 anonymous, 403 anyone else. */
  private void authorize(String code) {
    if (context.machineOperator()) {
      return;
    }
    Caller c =
        context
            .caller()
            .orElseThrow(
                () -> Refusals.unauthenticated("the master catalogue is for province admins"));
    if (!oversight.overseesProvince(c, code)) {
      throw Refusals.forbidden(c.username() + " does not administer province " + code);
    }
  }
}
