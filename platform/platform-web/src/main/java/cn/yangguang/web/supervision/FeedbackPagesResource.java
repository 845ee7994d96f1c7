package cn.yangguang.web.supervision;

import cn.yangguang.supervision.application.Complaints;
import cn.yangguang.supervision.application.Performance;
import cn.yangguang.supervision.application.Ratings;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.domain.Complaint;
import cn.yangguang.supervision.domain.Rating;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.web.casework.LocalTimes;
import cn.yangguang.web.console.ConsolePages;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The supervisors' console pages for what residents say and how units perform: complaints with
 * their clocks and bad ratings to follow up (forms post back and redirect), and the monthly
 * performance report with its ranking chart.
 */
@Path("t/{tenant}/console/supervision")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class FeedbackPagesResource {

  static final String FEEDBACK = "supervision/feedback";
  static final String PERFORMANCE = "supervision/performance";

  @Inject ConsolePages pages;
  @Inject SupervisionCallers callers;
  @Inject Complaints complaints;
  @Inject Ratings ratings;
  @Inject Performance performance;
  @Inject SupervisionOrders orders;
  @Inject cn.yangguang.kernel.tenancy.application.TenantContext tenants;
  @Inject cn.yangguang.api.time.PlatformClock clock;

  /** Complaints and ratings. */
  @GET
  @Path("feedback")
  @StaffOnly({"supervisor", "admin"})
  public Response feedback(@QueryParam("notice") String notice) {
    Map<String, Object> model = feedbackModel();
    if ("concluded".equals(notice) || "rectified".equals(notice) || "ordered".equals(notice)) {
      model.put("done", notice);
    }
    return pages.page("console-supervision-feedback", FEEDBACK, model);
  }

  /** Concludes a complaint or records a rating's rectification, by the form's {@code action}. */
  @POST
  @Path("feedback")
  @StaffOnly({"supervisor"})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(MultivaluedMap<String, String> form) {
    String action = SupervisionPagesResource.value(form, "action");
    String note = SupervisionPagesResource.value(form, "note");
    try {
      switch (action) {
        case "conclude" ->
            complaints.conclude(
                callers.tenant(),
                id(SupervisionPagesResource.value(form, "complaint")),
                outcome(SupervisionPagesResource.value(form, "outcome")),
                note,
                callers.actor());
        case "order" -> toOrder(id(SupervisionPagesResource.value(form, "complaint")));
        case "rectify" ->
            ratings.followUp(
                callers.tenant(),
                id(SupervisionPagesResource.value(form, "rating")),
                note,
                callers.actor());
        default -> throw SupervisionRejectedException.invalid("action", "is not an action here");
      }
    } catch (SupervisionRejectedException e) {
      Map<String, Object> model = feedbackModel();
      model.put("error", e.getMessage());
      return pages.page(
          e.missing() ? 404 : e.conflict() ? 409 : 422,
          "console-supervision-feedback",
          FEEDBACK,
          model);
    }
    String notice =
        switch (action) {
          case "conclude" -> "concluded";
          case "order" -> "ordered";
          default -> "rectified";
        };
    return pages.seeOther(FEEDBACK + "?notice=" + notice);
  }

  /** Hands a complaint to the department complained about as a supervision order (5 days). */
  private void toOrder(UUID complaintId) {
    Complaint c = complaints.find(callers.tenant(), complaintId).complaint();
    if (c.departmentCode() == null) {
      throw SupervisionRejectedException.invalid("department", "the complaint names no department");
    }
    orders.issue(
        callers.tenant(),
        new SupervisionOrders.NewOrder(
            c.departmentCode(), "效能投诉 " + c.number(), c.summary(), 5, null, c.id()),
        callers.actor());
  }

  /** The monthly report (YYYY-MM; this month when absent) with its chart. */
  @GET
  @Path("performance")
  @StaffOnly({"supervisor", "admin"})
  public Response performance(@QueryParam("month") String month) {
    var m = PerformanceResource.month(month, tenants, clock);
    Performance.MonthlyReport report =
        performance.month(callers.tenant(), m, tenants.require().zone());
    Map<String, Object> model = new HashMap<>();
    model.put("report", report);
    model.put("previous", m.minusMonths(1).toString());
    model.put("next", m.plusMonths(1).toString());
    model.put(
        "chart",
        BarChart.of(
            report.departments().stream()
                .map(r -> new BarChart.Bar(r.name(), r.score()))
                .toList()));
    return pages.page("console-supervision-performance", PERFORMANCE, model);
  }

  private Map<String, Object> feedbackModel() {
    var t = callers.tenant();
    Map<String, Object> model = new HashMap<>();
    model.put("complaints", complaints.list(t, null, 100));
    model.put("pending", ratings.list(t, Rating.FollowUp.PENDING, 100));
    model.put("recent", ratings.list(t, null, 30));
    model.put("statistics", ratings.statistics(t));
    model.put("time", LocalTimes.INSTANCE);
    return model;
  }

  /** For templates: a rate as a percentage, or a dash. */
  public static String percent(Double rate) {
    return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
  }

  private static UUID id(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw SupervisionRejectedException.invalid("id", "is not an id");
    }
  }

  private static Complaint.Outcome outcome(String s) {
    try {
      return Complaint.Outcome.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw SupervisionRejectedException.invalid(
          "outcome", "must be SUBSTANTIATED, PARTLY or UNFOUNDED");
    }
  }
}
