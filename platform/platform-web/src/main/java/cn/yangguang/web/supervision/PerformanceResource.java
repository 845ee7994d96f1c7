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
