package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginClocks;
import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.hotline.application.Handling;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.domain.Assignment;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.KnowledgeBase;
import cn.yangguang.hotline.domain.Resolution;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcKnowledge;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
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
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything at {@code /t/{county}/plugins/hotline-12345/}: the staff JSON API (inherited from
 * {@link TicketApi}), the portal's pages (web form, the county head's mailbox, progress lookup) and
 * the console's (queues, a ticket with its steps, intake, KPIs). Form posts answer 303 to the page
 * to show next, or the page again with the refusal and its status.
 */
public class HotlineResource extends TicketApi {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  /** The resource for one request. */
  public HotlineResource(PluginContext context, PluginRequest request) {
    super(context, request);
  }

  private String base() {
    return "/t/" + request.tenant().slug() + "/plugins/hotline-12345/";
  }

  private Html html() {
    return new Html(request.locale());
  }

  /** The portal: the web form and the progress lookup. */
  @GET
  @Produces(HTML)
  public String portal() {
    return portalPage(false, Map.of(), List.of());
  }

  /** The county head's mailbox (县长信箱). */
  @GET
  @Path("mailbox")
  @Produces(HTML)
  public String mailbox() {
    return portalPage(true, Map.of(), List.of());
  }

  private String portalPage(boolean mailbox, Map<String, String> values, List<String> errors) {
    return new PortalPages(html(), base())
        .index(mailbox, new JdbcCatalogue(context, request.tenant()).services(), values, errors);
  }

  /** The web form's or mailbox's submission: the receipt, or the form with what to correct. */
  @POST
  @Path("submit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  public Response submit(MultivaluedMap<String, String> form) {
    Map<String, String> values = new HashMap<>();
    form.forEach((k, v) -> values.put(k, v.isEmpty() ? null : v.get(0)));
    boolean mailbox = "MAILBOX".equals(values.get("channel"));
    if (values.get("website") != null && !values.get("website").isBlank()) {
      return Response.status(400)
          .entity(portalPage(mailbox, values, List.of(html().t("error.robot"))))
          .build();
    }
    if (values.get("phone") == null || values.get("phone").isBlank()) {
      return Response.status(400)
          .entity(portalPage(mailbox, values, List.of(html().t("error.phone"))))
          .build();
    }
    try {
      Intake.Received r =
          new Intake(context, request.tenant())
              .take(
                  new Intake.NewTicket(
                      mailbox ? Channel.MAILBOX : Channel.WEB,
                      values.get("type"),
                      null,
                      values.get("serviceCode"),
                      values.get("summary"),
                      values.get("description"),
                      values.get("name"),
                      values.get("phone"),
                      null,
                      values.get("address"),
                      null,
                      null,
                      null),
                  null,
                  "portal:" + (mailbox ? "mailbox" : "web"));
      return Response.ok(new PortalPages(html(), base()).received(r.ticket(), r.assessment()))
          .build();
    } catch (TicketException e) {
      Html h = html();
      String message =
          e.status() == 429
              ? h.t("error.limit")
              : h.has("error." + e.field()) ? h.t("error." + e.field()) : e.getMessage();
      return Response.status(e.status())
          .entity(portalPage(mailbox, values, List.of(message)))
          .build();
    }
  }

  /** A ticket's progress for whoever has its number and query code. */
  @GET
  @Path("lookup")
  @Produces(HTML)
  public Response lookup(@QueryParam("number") String number, @QueryParam("code") String code) {
    PortalPages pages = new PortalPages(html(), base());
    JdbcTickets tickets = new JdbcTickets(context, request.tenant());
    Ticket t =
        number == null || code == null
            ? null
            : tickets
                .find(number.trim())
                .filter(x -> x.queryCode().equals(code.trim()))
                .orElse(null);
    if (t == null) {
      return Response.status(404).entity(pages.notFound()).build();
    }
    return Response.ok(pages.progress(t, tickets.events(t.id()), context.privacy()::maskText))
        .build();
  }

  /** The console: the queues of the caller's roles, and the intake form for call-takers. */
  @GET
  @Path("console")
  @Produces(HTML)
  public String console(@QueryParam("q") String question) {
    Handling.Actor by =
        actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
    return consolePage(by, List.of(), question);
  }

  private String consolePage(Handling.Actor by, List<String> errors) {
    return consolePage(by, errors, null);
  }

  private String consolePage(Handling.Actor by, List<String> errors, String question) {
    Html h = html();
    ConsolePages pages = new ConsolePages(h, base(), request.formToken().orElse(null));
    var roles = request.roles();
    boolean admin = roles.contains(HotlineRoles.ADMIN);
    StringBuilder body = new StringBuilder();
    if (admin || roles.contains(HotlineRoles.DISPATCHER) || roles.contains("supervisor")) {
      body.append(
          "<p><a href=\""
              + Html.esc(base() + "console/kpis")
              + "\">"
              + Html.esc(h.t("console.kpis"))
              + "</a></p>");
    }
    if (admin || roles.contains(HotlineRoles.TAKER)) {
      List<KnowledgeBase.Entry> answers =
          question == null || question.isBlank()
              ? List.of()
              : KnowledgeBase.search(
                  question, new JdbcKnowledge(context, request.tenant()).entries(), 5);
      body.append(pages.knowledge(question, answers));
      body.append(pages.intake(new JdbcCatalogue(context, request.tenant()).services(), errors));
      body.append(
          queue(
              pages,
              "console.queue.callback",
              "status = 'REPLIED' AND city_ref IS NULL",
              List.of()));
    }
    if (admin || roles.contains(HotlineRoles.DISPATCHER) || roles.contains("supervisor")) {
      String a = context.schema() + ".assignment";
      body.append(queue(pages, "console.queue.received", "status = 'RECEIVED'", List.of()));
      body.append(queue(pages, "console.queue.returned", "status = 'RETURNED'", List.of()));
      body.append(
          queue(
              pages,
              "console.queue.extension",
              "id IN (SELECT ticket_id FROM "
                  + a
                  + " WHERE active AND extension_state = 'REQUESTED')",
              List.of()));
      body.append(
          queue(pages, "console.queue.open", "status IN ('DISPATCHED', 'SIGNED')", List.of()));
    }
    String unit = HotlineRoles.onlyUnit(request, by);
    if (roles.contains(HotlineRoles.UNIT) && by.department() != null) {
      body.append(
          queue(
              pages,
              "console.queue.unit",
              "status IN ('DISPATCHED', 'SIGNED') AND lead_unit = ?",
              List.of(unit == null ? by.department() : unit)));
    }
    return h.page(h.t("console.title"), body.toString());
  }

  private String queue(ConsolePages pages, String key, String where, List<Object> args) {
    JdbcTickets tickets = new JdbcTickets(context, request.tenant());
    List<Ticket> found = tickets.list(where, args, 200);
    Map<String, String> levels = new HashMap<>();
    for (Ticket t : found) {
      tickets
          .activeLead(t.id())
          .map(a -> a.handleClock() != null ? a.handleClock() : a.signClock())
          .flatMap(
              id ->
                  id == null
                      ? java.util.Optional.empty()
                      : context.clocks().find(request.tenant(), id))
          .filter(c -> c.status().equals("RUNNING"))
          .map(PluginClocks.ClockView::level)
          .ifPresent(l -> levels.put(t.number(), l.name()));
    }
    return pages.queue(key, found.stream().map(views()::summary).toList(), levels);
  }

  /** The call-taker's intake form's post: 303 to the new ticket. */
  @POST
  @Path("console/tickets")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  public Response intake(MultivaluedMap<String, String> form) {
    Handling.Actor by = actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER);
    String disposition = form.getFirst("disposition");
    try {
      Intake.Received r =
          new Intake(context, request.tenant())
              .take(
                  new Intake.NewTicket(
                      Channel.PHONE,
                      form.getFirst("type"),
                      form.getFirst("urgency"),
                      form.getFirst("serviceCode"),
                      form.getFirst("summary"),
                      form.getFirst("description"),
                      form.getFirst("callerName"),
                      form.getFirst("callerPhone"),
                      null,
                      form.getFirst("address"),
                      null,
                      null,
                      null),
                  disposition == null || disposition.isBlank()
                      ? null
                      : new Intake.Disposition(
                          Resolution.valueOf(disposition), form.getFirst("toCaller")),
                  by.username());
      return Response.seeOther(URI.create(base() + "console/tickets/" + r.ticket().number()))
          .build();
    } catch (TicketException | IllegalArgumentException e) {
      // intake checks everything before it writes: nothing of the refused call was stored
      return Response.status(e instanceof TicketException te ? te.status() : 400)
          .entity(consolePage(by, List.of(e.getMessage())))
          .build();
    }
  }

  /** A ticket in the console, with the steps the caller may take. */
  @GET
  @Path("console/tickets/{number}")
  @Produces(HTML)
  public String ticket(@PathParam("number") String number) {
    Handling.Actor by =
        actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
    return call(() -> ticketPage(number, by, List.of()));
  }

  private String ticketPage(String number, Handling.Actor by, List<String> errors) {
    Handling h = new Handling(context, request.tenant());
    Ticket t = h.ticket(number);
    List<Assignment> dispatches = h.assignments(t);
    HotlineRoles.requireVisible(request, by, dispatches);
    Html html = html();
    TicketViews.TicketDetail detail = views().detail(t, h);
    String actions =
        new ConsolePages(html, base(), request.formToken().orElse(null))
            .actions(
                detail,
                request.roles(),
                by.department(),
                new JdbcCatalogue(context, request.tenant()).units());
    return new TicketPage(html).render(detail, actions, errors, base() + "console");
  }

  /** A step posted from the ticket's page: 303 back to it, or the page with the refusal. */
  @POST
  @Path("console/tickets/{number}/{action}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  public Response step(
      @PathParam("number") String number,
      @PathParam("action") String action,
      MultivaluedMap<String, String> form) {
    String co = form.getFirst("coUnits");
    String amount = form.getFirst("amount");
    TicketViews.ActionBody body =
        new TicketViews.ActionBody(
            form.getFirst("leadUnit"),
            co == null || co.isBlank()
                ? List.of()
                : Arrays.stream(co.split("[,，]")).map(String::trim).toList(),
            form.getFirst("reason"),
            "true".equals(form.getFirst("accept")),
            amount == null || !amount.matches("\\d{1,3}") ? null : Integer.valueOf(amount),
            "true".equals(form.getFirst("approve")),
            form.getFirst("text"),
            form.getFirst("note"),
            form.getFirst("into"),
            form.getFirst("satisfaction"));
    Handling h = new Handling(context, request.tenant());
    try {
      step(h, number, action, body);
    } catch (TicketException e) {
      if (e.status() == 404 || e.status() == 403) {
        throw refusal(e);
      }
      Handling.Actor by =
          actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
      return Response.status(e.status())
          .entity(ticketPage(number, by, List.of(e.getMessage())))
          .build();
    }
    return Response.seeOther(URI.create(base() + "console/tickets/" + number)).build();
  }

  /** The KPI page with its chart. */
  @GET
  @Path("console/kpis")
  @Produces(HTML)
  public String kpiPage(@QueryParam("from") String from, @QueryParam("to") String to) {
    actor(HotlineRoles.DISPATCHER, "supervisor");
    return call(() -> new KpiPage(html()).render(kpiReport(from, to), base() + "console/kpis"));
  }
}
