package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.application.AnnualReports;
import cn.yangguang.disclosure.request.application.ReportText;
import cn.yangguang.disclosure.request.application.RequestDocuments;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.view.RequestLocale;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.Map;

/**
 * The published annual reports on a county's portal: the list, a report with its tables and chart,
 * and its PDF. Drafts are never shown here.
 */
@Path("t/{tenant}/disclosure/reports")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class ReportPortalResource {

  @Inject TenantContext tenants;
  @Inject AnnualReports reports;
  @Inject RequestDocuments documents;
  @Inject DisclosureCatalogue catalogue;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** A published report in the list. */
  public record Listed(String agencyCode, int year, String title) {}

  @GET
  public Response list() {
    TenantRef t = tenants.require().ref();
    Map<String, Object> model = model();
    model.put(
        "reports",
        reports.publishedAll(t).stream()
            .map(
                r ->
                    new Listed(
                        r.agencyCode(), r.year(), ReportText.title(name(r.agencyCode()), r.year())))
            .toList());
    return page("disclosure-reports", model);
  }

  @GET
  @Path("{agency}/{year}")
  public Response report(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year) {
    AnnualReport r = published(agency, year);
    Map<String, Object> model = model();
    ReportPages.put(model, r, name(agency));
    return page("disclosure-report", model);
  }

  @GET
  @Path("{agency}/{year}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response pdf(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year) {
    return Response.ok(
            documents.report(tenants.require().ref(), published(agency, year)), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"report-" + year + ".pdf\"")
        .build();
  }

  private AnnualReport published(String agency, int year) {
    return reports
        .published(tenants.require().ref(), agency, year)
        .orElseThrow(() -> ProblemException.notFound("published report " + agency + "/" + year));
  }

  private String name(String agency) {
    ResolvedTenant t = tenants.require();
    return AnnualReport.COUNTY.equals(agency)
        ? t.facts().nameZh()
        : catalogue.agency(t.ref(), agency).map(DisclosureCatalogue.Agency::nameZh).orElse(agency);
  }

  private Map<String, Object> model() {
    ResolvedTenant t = tenants.require();
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", "/t/" + t.ref().slug());
    return model;
  }

  private Response page(String template, Map<String, Object> model) {
    return Response.ok(
            ViewWriter.render(
                new View(template, model), RequestLocale.of(headers, uri), uri.getPath()),
            MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .build();
  }
}
