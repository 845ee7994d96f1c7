package cn.yangguang.web.supervision;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.supervision.application.OversightViews;
import cn.yangguang.supervision.application.SupervisionCards;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.application.ViolationDetection;
import cn.yangguang.web.casework.LocalTimes;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.console.Shell;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The oversight pages: a province's or prefecture's counties side by side with a chart of their
 * overdue cases, and a county's supervision console read-only. Every page is audited in each county
 * it shows.
 */
@Path("oversight")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class OversightPagesResource {

  @Inject OversightScopes scopes;
  @Inject OversightViews views;
  @Inject ViolationDetection violations;
  @Inject SupervisionOrders orders;
  @Inject SupervisionCards cards;
  @Inject CallerContext context;

  @GET
  @Path("provinces/{code}")
  public Response province(@PathParam("code") @Pattern(regexp = "\\d{2}0000") String code) {
    List<ResolvedTenant> counties = scopes.province(code);
    return comparison("PROVINCE", code, counties);
  }

  @GET
  @Path("prefectures/{code}")
  public Response prefecture(@PathParam("code") @Pattern(regexp = "\\d{6}") String code) {
    List<ResolvedTenant> counties = scopes.prefecture(code);
    return comparison("PREFECTURE", code, counties);
  }

  /** A county's supervision console, read-only. */
  @GET
  @Path("counties/{slug}")
  public Response county(@PathParam("slug") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String slug) {
    ResolvedTenant t = scopes.county(slug);
    String actor = scopes.caller().username();
    Map<String, Object> model = new HashMap<>();
    model.put("county", t.facts().nameZh());
    model.put("slug", slug);
    model.put("figures", views.drill(t.ref(), actor, "COUNTY:" + slug));
    model.put("violations", violations.list(t.ref(), null, null, 100));
    model.put("orders", orders.list(t.ref(), null, 50));
    model.put("cards", cards.list(t.ref(), null, 50));
    model.put("time", LocalTimes.INSTANCE);
    model.put("readOnly", true);
    return render("oversight-county", model);
  }

  private Response comparison(String level, String code, List<ResolvedTenant> counties) {
    List<OversightViews.CountyRow> rows =
        views.compare(counties, scopes.caller().username(), level + ":" + code);
    Map<String, Object> model = new HashMap<>();
    model.put("level", level);
    model.put("code", code);
    model.put(
        "name",
        counties.isEmpty()
            ? code
            : "PROVINCE".equals(level)
                ? counties.get(0).facts().provinceNameZh()
                : counties.get(0).facts().prefectureNameZh());
    model.put("rows", rows);
    model.put(
        "chart",
        BarChart.of(
            rows.stream()
                .map(r -> new BarChart.Bar(r.name(), r.figures().overdueCases()))
                .toList()));
    return render("oversight-counties", model);
  }

  private Response render(String template, Map<String, Object> model) {
    Shell shell =
        new Shell(null, "/", null, null, null, scopes.caller().displayName(), List.of(), List.of());
    String csrf =
        context
            .session()
            .map(cn.yangguang.kernel.identity.domain.BrowserSession::csrfToken)
            .orElse(null);
    return ConsolePages.render(200, template, shell, csrf, model);
  }
}
