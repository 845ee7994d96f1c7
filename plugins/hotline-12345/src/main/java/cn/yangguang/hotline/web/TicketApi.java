package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.hotline.application.Handling;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.Coordinates;
import cn.yangguang.hotline.domain.Satisfaction;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.domain.TicketStatus;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;

/**
 * The hotline's JSON API on tickets for county staff: intake by the call-taker, the county's
 * tickets (a unit officer's own unit's), one ticket, and the steps of the closed loop. Every method
 * checks the caller's role first; a refused step answers its status with the reason, and nothing is
 * written.
 */
public abstract class TicketApi extends CountyApi {

  /** For one request. */
  protected TicketApi(PluginContext context, PluginRequest request) {
    super(context, request);
  }

  /** Takes a call in (call-taker): 201 with the ticket and the triage's advice. */
  @POST
  @Path("api/tickets")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public Response create(TicketViews.NewTicketBody body) {
    Handling.Actor by = actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER);
    return run(
        () -> {
          TicketViews.NewTicketBody b = body == null ? TicketViews.NewTicketBody.EMPTY : body;
          Coordinates point = null;
          if (b.lat() != null || b.lon() != null) {
            if (b.lat() == null || b.lon() == null) {
              throw new TicketException("lat", "lat and lon go together");
            }
            point =
                "GCJ02".equalsIgnoreCase(b.coordinateSystem())
                    ? Coordinates.fromGcj02(b.lat(), b.lon())
                    : new Coordinates(b.lat(), b.lon());
          }
          Intake.Disposition disposition =
              b.disposition() == null || b.disposition().isBlank()
                  ? null
                  : new Intake.Disposition(resolution(b.disposition()), b.toCaller());
          Intake.Received r =
              new Intake(context, request.tenant())
                  .take(
                      new Intake.NewTicket(
                          Channel.PHONE,
                          b.type(),
                          b.urgency(),
                          b.serviceCode(),
                          b.summary(),
                          b.description(),
                          b.callerName(),
                          b.callerPhone(),
                          null,
                          b.address(),
                          point,
                          null,
                          null),
                      disposition,
                      by.username());
          return Response.status(201).entity(views().received(r)).type(JSON).build();
        });
  }

  /** The county's tickets (a unit officer sees her unit's), newest first. */
  @GET
  @Path("api/tickets")
  @Produces(JSON)
  public List<TicketViews.TicketSummary> list(
      @QueryParam("status") String status, @QueryParam("unit") String unit) {
    Handling.Actor by =
        actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
    return call(
        () -> {
          List<String> where = new ArrayList<>();
          List<Object> args = new ArrayList<>();
          if (status != null && !status.isBlank()) {
            where.add("status = ?");
            args.add(parse(TicketStatus.class, status, "status").name());
          }
          String onlyUnit = HotlineRoles.onlyUnit(request, by);
          if (onlyUnit != null || (unit != null && !unit.isBlank())) {
            where.add(
                "id IN (SELECT ticket_id FROM " + context.schema() + ".assignment WHERE unit = ?)");
            args.add(onlyUnit != null ? onlyUnit : unit.trim());
          }
          return new JdbcTickets(context, request.tenant())
              .list(String.join(" AND ", where), args, 500).stream().map(views()::summary).toList();
        });
  }

  /** One ticket with its dispatches, clocks and history. */
  @GET
  @Path("api/tickets/{number}")
  @Produces(JSON)
  public TicketViews.TicketDetail detail(@PathParam("number") String number) {
    Handling.Actor by =
        actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
    return call(
        () -> {
          Handling h = new Handling(context, request.tenant());
          Ticket t = h.ticket(number);
          HotlineRoles.requireVisible(request, by, h.assignments(t));
          return views().detail(t, h);
        });
  }

  /**
   * One step of the loop: {@code dispatch}, {@code sign}, {@code return}, {@code return-review},
   * {@code extension}, {@code extension-decision}, {@code reply}, {@code supervise}, {@code merge}
   * or {@code call-back}.
   */
  @POST
  @Path("api/tickets/{number}/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public TicketViews.TicketDetail act(
      @PathParam("number") String number,
      @PathParam("action") String action,
      TicketViews.ActionBody body) {
    return call(
        () -> {
          Handling h = new Handling(context, request.tenant());
          Ticket t = step(h, number, action, body == null ? TicketViews.ActionBody.EMPTY : body);
          return views().detail(t, h);
        });
  }

  /** Runs one step after checking the caller's role for it. */
  Ticket step(Handling h, String number, String action, TicketViews.ActionBody b) {
    return switch (action) {
      case "dispatch" ->
          h.dispatch(number, b.leadUnit(), b.coUnits(), actor(HotlineRoles.DISPATCHER));
      case "sign" -> h.signFor(number, actor(HotlineRoles.UNIT));
      case "return" -> h.giveBack(number, b.reason(), actor(HotlineRoles.UNIT));
      case "return-review" ->
          h.reviewReturn(
              number,
              Boolean.TRUE.equals(b.accept()),
              b.leadUnit(),
              b.coUnits(),
              b.note(),
              actor(HotlineRoles.DISPATCHER));
      case "extension" ->
          h.askExtension(
              number, b.amount() == null ? 0 : b.amount(), b.reason(), actor(HotlineRoles.UNIT));
      case "extension-decision" ->
          h.decideExtension(
              number, Boolean.TRUE.equals(b.approve()), actor(HotlineRoles.DISPATCHER));
      case "reply" -> h.reply(number, b.text(), actor(HotlineRoles.UNIT));
      case "supervise" ->
          h.supervise(number, b.note(), actor(HotlineRoles.DISPATCHER, "supervisor"));
      case "merge" -> h.merge(number, b.into(), actor(HotlineRoles.DISPATCHER));
      case "call-back" -> {
        Handling.Actor by = actor(HotlineRoles.TAKER);
        if (h.ticket(number).fromCity()) {
          throw TicketException.conflict("the prefecture's platform calls back its own tickets");
        }
        yield h.callBack(number, Satisfaction.parse(b.satisfaction()), b.note(), by);
      }
      default -> throw new TicketException(404, "action", "no step " + action);
    };
  }
}
