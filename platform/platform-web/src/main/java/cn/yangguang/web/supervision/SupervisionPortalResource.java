package cn.yangguang.web.supervision;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.tenancy.application.ResolvedTenant;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.supervision.application.Complaints;
import cn.yangguang.supervision.application.Ratings;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.web.casework.LocalTimes;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import cn.yangguang.web.view.RequestLocale;
import cn.yangguang.web.view.View;
import cn.yangguang.web.view.ViewWriter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The residents' side of supervision on a county's portal: the public rating statistics (好差评公示)
 * with a chart, and the complaint form (效能投诉, signed in) with the resident's own complaints, their
 * numbers, deadlines and outcomes.
 */
@Path("t/{tenant}")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SupervisionPortalResource {

  @Inject TenantContext tenants;
  @Inject CallerContext caller;
  @Inject Ratings ratings;
  @Inject Complaints complaints;
  @Inject cn.yangguang.kernel.tenancy.application.TenantStructureService structure;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The public rating statistics. */
  @GET
  @Path("ratings")
  public Response statistics() {
    Map<String, Object> model = model();
    List<Ratings.Statistics> stats = ratings.statistics(tenants.require().ref());
    model.put("statistics", stats);
    model.put(
        "chart",
        BarChart.of(
            stats.stream()
                .skip(1)
                .filter(s -> s.satisfaction() != null)
                .map(
                    s ->
                        new BarChart.Bar(
                            s.departmentName(), Math.round(s.satisfaction() * 1000) / 10.0))
                .toList()));
    return page(200, "supervision-ratings", model);
  }

  /** The complaint form and the resident's own complaints. */
  @GET
  @Path("complaints")
  @Authenticated
  public Response form() {
    return page(200, "supervision-complaints", formModel());
  }

  /** Files a complaint from the form; shows its number, or the form again with the reason. */
  @POST
  @Path("complaints")
  @Authenticated
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response file(MultivaluedMap<String, String> form) {
    Caller me = caller.caller().orElseThrow();
    try {
      Complaints.ComplaintView v =
          complaints.submit(
              tenants.require().ref(),
              me.userId(),
              me.username(),
              me.displayName(),
              SupervisionPagesResource.value(form, "department"),
              SupervisionPagesResource.value(form, "caseNumber"),
              SupervisionPagesResource.value(form, "summary"));
      Map<String, Object> model = formModel();
      model.put("filed", v.complaint().number());
      return page(201, "supervision-complaints", model);
    } catch (SupervisionRejectedException e) {
      Map<String, Object> model = formModel();
      model.put("error", e.getMessage());
      model.put("errorField", e.field());
      model.put("summary", SupervisionPagesResource.value(form, "summary"));
      return page(422, "supervision-complaints", model);
    }
  }

  private Map<String, Object> formModel() {
    Map<String, Object> model = model();
    UUID me = caller.caller().orElseThrow().userId();
    model.put("mine", complaints.mine(tenants.require().ref(), me));
    model.put("csrf", caller.session().map(s -> s.csrfToken()).orElse(""));
    model.put("departments", structure.structure(tenants.require().ref()).departments());
    return model;
  }

  private Map<String, Object> model() {
    ResolvedTenant t = tenants.require();
    Map<String, Object> model = new HashMap<>();
    model.put("tenant", t);
    model.put("base", "/t/" + t.ref().slug());
    model.put("time", LocalTimes.INSTANCE);
    return model;
  }

  private Response page(int status, String template, Map<String, Object> model) {
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    noStore.setPrivate(true);
    return Response.status(status)
        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
        .entity(
            ViewWriter.render(
                new View(template, model), RequestLocale.of(headers, uri), uri.getPath()))
        .cacheControl(noStore)
        .build();
  }
}
