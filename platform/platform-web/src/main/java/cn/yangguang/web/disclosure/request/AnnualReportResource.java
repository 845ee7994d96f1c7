package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.AnnualReports;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.Table4;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The annual report of an agency, or of the county ({@code *}), for a year: generated tables with
 * the check of Table 3, the parts officers write, and publication. The published report is public
 * at {@code /t/{slug}/disclosure/reports}.
 */
@Path("t/{tenant}/api/v1/disclosure-reports/{agency}/{year}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@StaffOnly({"discloser", "admin", "supervisor"})
public class AnnualReportResource {

  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject AnnualReports reports;
  @Inject cn.yangguang.disclosure.request.application.RequestDocuments documents;

  /** What officers write: the narrative parts and Table 4 (4 counts per group). */
  public record Draft(
      @Size(max = Narrative.MAX) String overview,
      @Size(max = Narrative.MAX) String problems,
      @Size(max = Narrative.MAX) String other,
      int[] reconsideration,
      int[] litigationDirect,
      int[] litigationAfter) {}

  /** The title of the published document (default: the template's). */
  public record Publication(@Size(max = 300) String title) {}

  @GET
  public ReportView get(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year) {
    return ReportView.of(reports.report(tenants.require().ref(), callers.staff(), agency, year));
  }

  /** The report as PDF (a draft says so under its title). */
  @GET
  @Path("pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public jakarta.ws.rs.core.Response pdf(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year) {
    var t = tenants.require().ref();
    return jakarta.ws.rs.core.Response.ok(
            documents.report(t, reports.report(t, callers.staff(), agency, year)),
            "application/pdf")
        .header("Content-Disposition", "inline; filename=\"report-" + year + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ReportView save(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year,
      @NotNull @Valid Draft d) {
    return ReportView.of(
        reports.saveDraft(
            tenants.require().ref(),
            callers.staff(),
            agency,
            year,
            new Narrative(d.overview(), d.problems(), d.other()),
            new Table4(d.reconsideration(), d.litigationDirect(), d.litigationAfter())));
  }

  @POST
  @Path("publish")
  @Consumes(MediaType.APPLICATION_JSON)
  public ReportView publish(
      @PathParam("agency") @Size(max = 40) String agency,
      @PathParam("year") @Min(2008) @Max(2100) int year,
      @Valid Publication p) {
    AnnualReport r =
        reports.publish(
            tenants.require().ref(), callers.staff(), agency, year, p == null ? null : p.title());
    if (r == null) {
      throw ProblemException.notFound("report");
    }
    return ReportView.of(r);
  }
}
