package cn.yangguang.web.supervision;

import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.supervision.application.OversightViews;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.application.ViolationDetection;
import cn.yangguang.supervision.domain.CountyFigures;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.web.security.Authenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Supervision above the counties (ADR 0052): a province's or prefecture's counties side by side,
 * ranked, and one county read-only, for the admins who oversee them and platform operators. Every
 * read is recorded in the audit trail of each county it touched.
 */
@Path("api/v1/oversight/supervision")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionOversightResource {

  @Inject OversightScopes scopes;
  @Inject OversightViews views;
  @Inject ViolationDetection violations;
  @Inject SupervisionOrders orders;

  /** A county read-only: its figures, violations and orders. */
  public record CountyView(
      String slug,
      String name,
      CountyFigures figures,
      List<Violation> violations,
      List<SupervisionOrders.OrderView> orders) {}

  @GET
  @Path("provinces/{code}")
  public List<OversightViews.CountyRow> province(
      @PathParam("code") @Pattern(regexp = "\\d{2}0000") String code) {
    List<ResolvedTenant> counties = scopes.province(code);
    return views.compare(counties, scopes.caller().username(), "PROVINCE:" + code);
  }

  @GET
  @Path("prefectures/{code}")
  public List<OversightViews.CountyRow> prefecture(
      @PathParam("code") @Pattern(regexp = "\\d{6}") String code) {
    List<ResolvedTenant> counties = scopes.prefecture(code);
    return views.compare(counties, scopes.caller().username(), "PREFECTURE:" + code);
  }

  @GET
  @Path("counties/{slug}")
  public CountyView county(
      @PathParam("slug") @Pattern(regexp = "[a-z][a-z0-9-]{1,39}") String slug) {
    ResolvedTenant t = scopes.county(slug);
    String actor = scopes.caller().username();
    CountyFigures f = views.drill(t.ref(), actor, "COUNTY:" + slug);
    return new CountyView(
        slug,
        t.facts().nameZh(),
        f,
        violations.list(t.ref(), null, null, 200),
        orders.list(t.ref(), null, 100));
  }
}
