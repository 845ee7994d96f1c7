package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.request.application.AnnualReports;
import cn.yangguang.disclosure.request.application.RequestActor;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.RequestRejected;
import cn.yangguang.disclosure.request.domain.Table4;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.console.Notice;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual report editor: an agency's (or the county's) report for a year with its generated
 * tables, the check of Table 3, a chart of the outcomes, the parts officers write (narrative, Table
 * 4), the PDF, and publication by the statutory date.
 */
@Path("t/{tenant}/console/disclosure-reports")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
@StaffOnly({"discloser", "admin", "supervisor"})
public class ReportPagesResource {

  static final String HERE = "disclosure-reports";

  @Inject ConsolePages pages;
  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject AnnualReports reports;
  @Inject DisclosureCatalogue catalogue;

  @GET
  public Response editor(
      @QueryParam("agency") String agency,
      @QueryParam("year") Integer year,
      @QueryParam("notice") String notice) {
    Map<String, Object> model = model(agency, year);
    if ("saved".equals(notice) || "published".equals(notice)) {
      model.put("notice", new Notice("request.report.notice." + notice, ""));
    }
    return pages.page("console-disclosure-report", HERE, model);
  }

  /** Saves the narrative and Table 4; 303 back. */
  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response save(MultivaluedMap<String, String> form) {
    String agency = form.getFirst("agency");
    int year = year(form.getFirst("year"));
    try {
      reports.saveDraft(
          tenant(),
          callers.staff(),
          agency,
          year,
          new Narrative(
              form.getFirst("overview"), form.getFirst("problems"), form.getFirst("other")),
          new Table4(cells(form, "r"), cells(form, "d"), cells(form, "a")));
    } catch (RequestRejected e) {
      return refused(agency, year, e);
    }
    return pages.seeOther(HERE + "?notice=saved&year=" + year + "&agency=" + enc(agency));
  }

  /** Publishes the report (refused while Table 3 does not balance); 303 back. */
  @POST
  @Path("publish")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response publish(MultivaluedMap<String, String> form) {
    String agency = form.getFirst("agency");
    int year = year(form.getFirst("year"));
    try {
      reports.publish(tenant(), callers.staff(), agency, year, null);
    } catch (RequestRejected e) {
      return refused(agency, year, e);
    }
    return pages.seeOther(HERE + "?notice=published&year=" + year + "&agency=" + enc(agency));
  }

  private Response refused(String agency, int year, RequestRejected e) {
    Map<String, Object> model = model(agency, year);
    model.put("failure", e.getMessage());
    return pages.page(e.conflict() ? 409 : 422, "console-disclosure-report", HERE, model);
  }

  private Map<String, Object> model(String agency, Integer year) {
    TenantRef t = tenant();
    RequestActor a = callers.staff();
    String code =
        agency != null && !agency.isBlank()
            ? agency
            : a.agencyCode() != null && a.mayRead(a.agencyCode())
                ? a.agencyCode()
                : AnnualReport.COUNTY;
    int y = year == null ? catalogue.today(t).getYear() - 1 : year;
    AnnualReport r = reports.report(t, a, code, y);
    Map<String, Object> model = new HashMap<>();
    String name =
        AnnualReport.COUNTY.equals(code)
            ? tenants.require().facts().nameZh()
            : catalogue.agency(t, code).map(DisclosureCatalogue.Agency::nameZh).orElse(code);
    ReportPages.put(model, r, name);
    model.put("agency", code);
    model.put("county", AnnualReport.COUNTY.equals(code));
    model.put("year", y);
    model.put("years", List.of(y - 1, y, y + 1));
    model.put("agencies", catalogue.agencies(t).stream().filter(x -> a.mayRead(x.code())).toList());
    model.put("actor", a);
    model.put("mayAct", a.roles().contains(RequestActor.OFFICER));
    model.put("api", "/t/" + t.slug() + "/api/v1/disclosure-reports/" + enc(code) + "/" + y);
    return model;
  }

  private static int[] cells(MultivaluedMap<String, String> form, String group) {
    int[] out = new int[4];
    for (int i = 0; i < 4; i++) {
      String s = form.getFirst(group + i);
      try {
        out[i] = s == null || s.isBlank() ? 0 : Integer.parseInt(s.strip());
      } catch (NumberFormatException e) {
        throw RequestRejected.invalid(group + i, "is not a count");
      }
    }
    return out;
  }

  private static int year(String s) {
    try {
      int y = Integer.parseInt(s);
      if (y < 2008 || y > 2100) {
        throw new NumberFormatException();
      }
      return y;
    } catch (NumberFormatException | NullPointerException e) {
      throw RequestRejected.invalid("year", "is a year from 2008");
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }
}
