package cn.yangguang.web.supervision;

import cn.yangguang.supervision.application.Performance;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/** The monthly performance report (月通报) of a county, for its supervisors and admins. */
@Path("t/{tenant}/api/v1/supervision/performance")
@RequestScoped
@StaffOnly({"supervisor", "admin"})
@Produces(MediaType.APPLICATION_JSON)
public class PerformanceResource {

  @Inject SupervisionCallers callers;
  @Inject Performance performance;
  @Inject cn.yangguang.kernel.tenancy.application.TenantContext tenants;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  /** The report of {@code month} (YYYY-MM; the current month when absent). */
  @GET
  public Performance.MonthlyReport month(@QueryParam("month") String month) {
    return performance.month(
        callers.tenant(), month(month, tenants, clock), tenants.require().zone());
  }

  /**
   * The report as CSV for spreadsheets (UTF-8 with a byte-order mark, as Excel expects): one line
   * per department, window and township centre, with the rates as percentages.
   */
  @GET
  @Path("csv")
  @Produces("text/csv")
  public jakarta.ws.rs.core.Response csv(@QueryParam("month") String month) {
    Performance.MonthlyReport r =
        performance.month(callers.tenant(), month(month, tenants, clock), tenants.require().zone());
    StringBuilder out = new StringBuilder("\uFEFF");
    out.append("月份,类别,排名,单位代码,单位,收件,即办件,补正,办结,按时办结,违规,评价,满意,黄牌,红牌,")
        .append("按时办结率,即办件占比,补正率,满意率,得分,一票否决\r\n");
    lines(out, r.month(), "部门", r.departments());
    lines(out, r.month(), "窗口", r.windows());
    lines(out, r.month(), "乡镇便民服务中心", r.townships());
    return jakarta.ws.rs.core.Response.ok(out.toString())
        .type("text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"performance-" + r.month() + ".csv\"")
        .build();
  }

  private static void lines(
      StringBuilder out,
      String month,
      String kind,
      java.util.List<cn.yangguang.supervision.domain.PerformanceRow> rows) {
    for (var x : rows) {
      out.append(
              String.join(
                  ",",
                  month,
                  kind,
                  Integer.toString(x.rank()),
                  cell(x.unit()),
                  cell(x.name()),
                  Integer.toString(x.received()),
                  Integer.toString(x.immediate()),
                  Integer.toString(x.supplemented()),
                  Integer.toString(x.completed()),
                  Integer.toString(x.completedOnTime()),
                  Integer.toString(x.violations()),
                  Integer.toString(x.ratings()),
                  Integer.toString(x.satisfied()),
                  Integer.toString(x.yellowCards()),
                  Integer.toString(x.redCards()),
                  FeedbackPagesResource.percent(x.onTimeRate()),
                  FeedbackPagesResource.percent(x.immediateShare()),
                  FeedbackPagesResource.percent(x.supplementRate()),
                  FeedbackPagesResource.percent(x.satisfaction()),
                  Double.toString(x.score()),
                  x.veto() ? "是" : "否"))
          .append("\r\n");
    }
  }

  /** A CSV cell: quoted when it holds a comma, quote or line break; formulas defused. */
  static String cell(String v) {
    if (v == null) {
      return "";
    }
    String s = v.matches("^[=+\\-@].*") ? "'" + v : v;
    return s.matches(".*[,\"\r\n].*") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** The month asked for, or the county's current month. */
  static YearMonth month(
      String month,
      cn.yangguang.kernel.tenancy.application.TenantContext tenants,
      cn.yangguang.api.time.PlatformClock clock) {
    if (month == null || month.isBlank()) {
      return YearMonth.from(clock.now().atZone(tenants.require().zone()));
    }
    try {
      YearMonth m = YearMonth.parse(month);
      if (m.getYear() < 2000 || m.getYear() > 2100) {
        throw ProblemException.badField("month", "must be a month between 2000 and 2100");
      }
      return m;
    } catch (DateTimeParseException e) {
      throw ProblemException.badField("month", "must be a month as YYYY-MM");
    }
  }
}
