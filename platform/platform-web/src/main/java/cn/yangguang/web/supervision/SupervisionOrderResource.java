package cn.yangguang.web.supervision;

import static cn.yangguang.web.supervision.SupervisionCallers.call;

import cn.yangguang.supervision.application.SupervisionCards;
import cn.yangguang.supervision.application.SupervisionOrders;
import cn.yangguang.supervision.domain.Card;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * Supervision orders (督办单) and cards (黄牌/红牌) of a county: supervisors issue and close them;
 * department admins see and reply to their department's orders.
 */
@Path("t/{tenant}/api/v1/supervision")
@RequestScoped
@StaffOnly({"supervisor", "admin", "deptadmin"})
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionOrderResource {

  @Inject SupervisionCallers callers;
  @Inject SupervisionOrders orders;
  @Inject SupervisionCards cards;

  /** A new order. */
  public record OrderRequest(
      @NotBlank @Size(max = 40) String department,
      @NotBlank @Size(max = 200) String subject,
      @NotBlank @Size(max = 4000) String detail,
      @NotNull @Min(1) @Max(60) Integer replyDays,
      UUID violationId,
      UUID complaintId) {}

  /** A reply, or a closing note. */
  public record TextRequest(@NotBlank @Size(max = 4000) String text) {}

  /** A new card. */
  public record CardRequest(
      @NotBlank String colour,
      @NotBlank @Size(max = 40) String department,
      @Size(max = 100) String staff,
      @NotBlank @Size(max = 2000) String reason,
      UUID orderId) {}

  /**
   * Orders, most recent first: every order for supervisors and admins, her department's for a
   * department admin.
   */
  @GET
  @Path("orders")
  public List<SupervisionOrders.OrderView> list(
      @QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return orders.list(callers.tenant(), scope(), limit);
  }

  @GET
  @Path("orders/{id}")
  public SupervisionOrders.OrderView one(@PathParam("id") UUID id) {
    SupervisionOrders.OrderView v = call(() -> orders.find(callers.tenant(), id));
    String scope = scope();
    if (scope != null && !scope.equals(v.order().departmentCode())) {
      throw ProblemException.notFound("supervision order " + id);
    }
    return v;
  }

  /** Issues an order: 201 with its reply clock. */
  @POST
  @Path("orders")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"supervisor"})
  public Response issue(@NotNull @Valid OrderRequest r) {
    SupervisionOrders.OrderView v =
        call(
            () ->
                orders.issue(
                    callers.tenant(),
                    new SupervisionOrders.NewOrder(
                        r.department(),
                        r.subject(),
                        r.detail(),
                        r.replyDays(),
                        r.violationId(),
                        r.complaintId()),
                    callers.actor()));
    return Response.status(201).entity(v).build();
  }

  /** The department's reply (its department admin, or a county admin). */
  @POST
  @Path("orders/{id}/reply")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"deptadmin", "admin"})
  public SupervisionOrders.OrderView reply(
      @PathParam("id") UUID id, @NotNull @Valid TextRequest r) {
    return call(
        () ->
            orders.reply(
                callers.tenant(),
                id,
                r.text(),
                callers.actor(),
                callers.department(),
                callers.countyAdmin()));
  }

  /** The supervisor closes a replied order. */
  @POST
  @Path("orders/{id}/close")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"supervisor"})
  public SupervisionOrders.OrderView close(
      @PathParam("id") UUID id, @NotNull @Valid TextRequest r) {
    return call(() -> orders.close(callers.tenant(), id, r.text(), callers.actor()));
  }

  /** Cards, most recent first (her department's for a department admin). */
  @GET
  @Path("cards")
  public List<Card> cards(@QueryParam("limit") @DefaultValue("200") @Min(1) @Max(1000) int limit) {
    return cards.list(callers.tenant(), scope(), limit);
  }

  /** Issues a card: 201; red when the department's recent yellow card escalates. */
  @POST
  @Path("cards")
  @Consumes(MediaType.APPLICATION_JSON)
  @StaffOnly({"supervisor"})
  public Response card(@NotNull @Valid CardRequest r) {
    Card.Colour colour;
    try {
      colour = Card.Colour.valueOf(r.colour());
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField("colour", "must be YELLOW or RED");
    }
    Card c =
        call(
            () ->
                cards.issue(
                    callers.tenant(),
                    colour,
                    r.department(),
                    r.staff(),
                    r.reason(),
                    r.orderId(),
                    callers.actor()));
    return Response.status(201).entity(c).build();
  }

  /** Null for supervisors and admins (everything), her department for a department admin. */
  private String scope() {
    var roles = callers.staff().roles();
    if (roles.contains("supervisor") || roles.contains("admin")) {
      return null;
    }
    String d = callers.department();
    return d == null ? "-" : d;
  }
}
