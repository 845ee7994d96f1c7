package cn.yangguang.web.supervision;

import cn.yangguang.kernel.tenancy.application.TenantStructureService;
import cn.yangguang.supervision.application.SupervisionCards;
import cn.yangguang.supervision.application.SupervisionDashboard;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.application.ViolationDetection;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.web.casework.LocalTimes;
import cn.yangguang.web.console.ConsolePages;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The supervision console of a county: its figures, violations with their evidence, orders with
 * their reply clocks and cards; supervisors act through forms that post back here and redirect
 * (post/redirect/get); a refused form re-renders the page with the reason and 409/422.
 */
@Path("t/{tenant}/console/supervision")
@RequestScoped
@Produces(MediaType.TEXT_HTML)
public class SupervisionPagesResource {

  static final String HERE = "supervision";
  static final Set<String> NOTICES =
      Set.of("scanned", "order-issued", "card-issued", "handled", "replied", "closed");

  @Inject ConsolePages pages;
  @Inject SupervisionCallers callers;
  @Inject ViolationDetection detection;
  @Inject SupervisionOrders orders;
  @Inject SupervisionCards cards;
  @Inject SupervisionDashboard dashboard;
  @Inject TenantStructureService structure;
  @Inject cn.yangguang.supervision.application.RiskPoints riskPoints;

  /** The console: figures, violations, the latest orders and cards. */
  @GET
  @StaffOnly({"supervisor", "admin"})
  public Response console(@QueryParam("notice") String notice) {
    return pages.page("console-supervision", HERE, model(notice));
  }

  /** A supervisor's action, by the form's {@code action} field. */
  @POST
  @StaffOnly({"supervisor"})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response act(MultivaluedMap<String, String> form) {
    String action = value(form, "action");
    String notice;
    try {
      notice =
          switch (action) {
            case "scan" -> {
              detection.scan(callers.tenant(), callers.actor());
              yield "scanned";
            }
            case "order" -> {
              orders.issue(
                  callers.tenant(),
                  new SupervisionOrders.NewOrder(
                      value(form, "department"),
                      value(form, "subject"),
                      value(form, "detail"),
                      number(value(form, "replyDays")),
                      uuidOrNull(value(form, "violation")),
                      null),
                  callers.actor());
              yield "order-issued";
            }
            case "card" -> {
              cards.issue(
                  callers.tenant(),
                  colour(value(form, "colour")),
                  value(form, "department"),
                  value(form, "staff"),
                  value(form, "reason"),
                  uuidOrNull(value(form, "order")),
                  callers.actor());
              yield "card-issued";
            }
            case "confirm", "dismiss" -> {
              detection.handle(
                  callers.tenant(),
                  uuid(value(form, "violation")),
                  "confirm".equals(action)
                      ? Violation.Status.CONFIRMED
                      : Violation.Status.DISMISSED,
                  value(form, "note"),
                  callers.actor());
              yield "handled";
            }
            case "close" -> {
              orders.close(
                  callers.tenant(),
                  uuid(value(form, "order")),
                  value(form, "note"),
                  callers.actor());
              yield "closed";
            }
            default ->
                throw SupervisionRejectedException.invalid("action", "is not an action here");
          };
    } catch (SupervisionRejectedException e) {
      return refused(e, model(null), "console-supervision");
    }
    return pages.seeOther(HERE + "?notice=" + notice);
  }

  /** Orders and cards: all for supervisors and admins, her department's for a department admin. */
  @GET
  @Path("orders")
  @StaffOnly({"supervisor", "admin", "deptadmin"})
  public Response orders(@QueryParam("notice") String notice) {
    return pages.page("console-supervision-orders", HERE + "/orders", ordersModel(notice));
  }

  /** The department's reply to an order. */
  @POST
  @Path("orders/{id}")
  @StaffOnly({"deptadmin", "admin"})
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response reply(@PathParam("id") UUID id, MultivaluedMap<String, String> form) {
    try {
      orders.reply(
          callers.tenant(),
          id,
          value(form, "reply"),
          callers.actor(),
          callers.department(),
          callers.countyAdmin());
    } catch (SupervisionRejectedException e) {
      return refused(e, ordersModel(null), "console-supervision-orders");
    } catch (SupervisionOrders.NotYourOrderException e) {
      Map<String, Object> model = ordersModel(null);
      model.put("error", e.getMessage());
      return pages.page(403, "console-supervision-orders", HERE + "/orders", model);
    }
    return pages.seeOther(HERE + "/orders?notice=replied");
  }

  private Response refused(SupervisionRejectedException e, Map<String, Object> model, String t) {
    model.put("error", e.getMessage());
    model.put("errorField", e.field());
    int status = e.missing() ? 404 : e.conflict() ? 409 : 422;
    return pages.page(status, t, t.endsWith("orders") ? HERE + "/orders" : HERE, model);
  }

  private Map<String, Object> model(String notice) {
    var t = callers.tenant();
    Map<String, Object> model = new HashMap<>();
    model.put("figures", dashboard.figures(t));
    model.put("violations", detection.list(t, null, null, 100));
    model.put("openByRule", detection.openByRule(t));
    model.put("rules", detection.settings(t).all());
    model.put("riskPoints", riskPoints.list(t));
    model.put("orders", orders.list(t, null, 20));
    model.put("cards", cards.list(t, null, 20));
    model.put("departments", structure.structure(t).departments());
    model.put("time", LocalTimes.INSTANCE);
    model.put("readOnly", false);
    if (notice != null && NOTICES.contains(notice)) {
      model.put("done", notice);
    }
    return model;
  }

  private Map<String, Object> ordersModel(String notice) {
    var t = callers.tenant();
    var roles = callers.staff().roles();
    boolean all = roles.contains("supervisor") || roles.contains("admin");
    String department = all ? null : String.valueOf(callers.department());
    Map<String, Object> model = new HashMap<>();
    model.put("orders", orders.list(t, department, 200));
    model.put("cards", cards.list(t, department, 200));
    model.put("mayReply", roles.contains("deptadmin") || roles.contains("admin"));
    model.put("myDepartment", callers.department());
    model.put("admin", roles.contains("admin"));
    model.put("time", LocalTimes.INSTANCE);
    if (notice != null && NOTICES.contains(notice)) {
      model.put("done", notice);
    }
    return model;
  }

  static String value(MultivaluedMap<String, String> form, String field) {
    String v = form.getFirst(field);
    return v == null ? "" : v.strip();
  }

  private static int number(String s) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw SupervisionRejectedException.invalid("replyDays", "is not a number of working days");
    }
  }

  private static Card.Colour colour(String s) {
    try {
      return Card.Colour.valueOf(s);
    } catch (IllegalArgumentException e) {
      throw SupervisionRejectedException.invalid("colour", "must be YELLOW or RED");
    }
  }

  private static UUID uuid(String s) {
    try {
      return UUID.fromString(s);
    } catch (IllegalArgumentException e) {
      throw SupervisionRejectedException.invalid("id", "is not an id");
    }
  }

  private static UUID uuidOrNull(String s) {
    return s == null || s.isBlank() ? null : uuid(s);
  }
}
