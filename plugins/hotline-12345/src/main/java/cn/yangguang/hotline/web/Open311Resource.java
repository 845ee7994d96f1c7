package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.Coordinates;
import cn.yangguang.hotline.domain.DispatchCatalogue.Service;
import cn.yangguang.hotline.domain.Ticket;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcTickets;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
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
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Open311 GeoReport v2 at {@code /t/{county}/open311/v2/}: the county's services, service
 * definitions, and service requests (tickets) to post and read. Field names and types follow the
 * specification; errors are its {@code [{code, description}]} list. The public answers never carry
 * a caller's name, phone or e-mail, and never the content or place of a 举报.
 */
public class Open311Resource {

  private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  private final PluginContext context;
  private final PluginRequest request;

  /** The resource for one request. */
  public Open311Resource(PluginContext context, PluginRequest request) {
    this.context = context;
    this.request = request;
  }

  /** {@code GET services.json}: the county's services. */
  @GET
  @Path("services.json")
  @Produces(JSON)
  public Response services(@QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        () -> {
          jurisdiction(jurisdiction);
          JsonArrayBuilder out = Json.createArrayBuilder();
          for (Service s : catalogue().services()) {
            out.add(Open311Views.service(s));
          }
          return out.build().toString();
        });
  }

  /** {@code GET services/{code}.json}: a service's definition and its attributes. */
  @GET
  @Path("services/{code}.json")
  @Produces(JSON)
  public Response service(
      @PathParam("code") String code, @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        () -> {
          jurisdiction(jurisdiction);
          Service s =
              catalogue()
                  .service(code)
                  .orElseThrow(
                      () -> new TicketException(404, "service_code", "no service " + code));
          return Open311Views.definition(s).toString();
        });
  }

  /** {@code POST requests.json}: a new service request, form-encoded as the specification says. */
  @POST
  @Path("requests.json")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(JSON)
  public Response post(MultivaluedMap<String, String> form) {
    return answer(
        () -> {
          jurisdiction(form.getFirst("jurisdiction_id"));
          String code = form.getFirst("service_code");
          if (code == null || code.isBlank()) {
            throw new TicketException("service_code", "service_code is required");
          }
          Service s =
              catalogue()
                  .service(code)
                  .orElseThrow(
                      () -> new TicketException(404, "service_code", "no service " + code));
          Coordinates point = point(form);
          String address = form.getFirst("address_string");
          String addressId = form.getFirst("address_id");
          if (point == null && blank(address) && blank(addressId)) {
            throw new TicketException(
                "lat", "a location is required: lat and long, address_string or address_id");
          }
          if (blank(address) && !blank(addressId)) {
            address = "address_id " + addressId;
          }
          String description = form.getFirst("description");
          String name =
              String.join(
                      " ",
                      nonNull(form.getFirst("last_name")),
                      nonNull(form.getFirst("first_name")))
                  .trim();
          Intake.Received r =
              new Intake(context, request.tenant())
                  .take(
                      new Intake.NewTicket(
                          Channel.OPEN311,
                          form.getFirst("attribute[type]"),
                          form.getFirst("attribute[urgency]"),
                          s.code(),
                          null,
                          blank(description) ? s.name() : description,
                          name.isEmpty() ? null : name,
                          form.getFirst("phone"),
                          form.getFirst("account_id"),
                          address,
                          point,
                          form.getFirst("media_url"),
                          null),
                      null,
                      "open311:" + nonNull(form.getFirst("device_id")));
          return Json.createArrayBuilder()
              .add(Open311Views.created(r, request.locale()))
              .build()
              .toString();
        });
  }

  /** {@code GET requests.json}: requests by id, or by service, period and status. */
  @GET
  @Path("requests.json")
  @Produces(JSON)
  public Response requests(
      @QueryParam("jurisdiction_id") String jurisdiction,
      @QueryParam("service_request_id") String ids,
      @QueryParam("service_code") String serviceCode,
      @QueryParam("start_date") String start,
      @QueryParam("end_date") String end,
      @QueryParam("status") String status) {
    return answer(
        () -> {
          jurisdiction(jurisdiction);
          JdbcTickets tickets = new JdbcTickets(context, request.tenant());
          List<Ticket> found;
          if (!blank(ids)) {
            found = new ArrayList<>();
            for (String id : Arrays.stream(ids.split(",")).map(String::trim).toList()) {
              tickets.find(id).ifPresent(found::add);
            }
          } else {
            List<String> where = new ArrayList<>();
            List<Object> args = new ArrayList<>();
            OffsetDateTime to = blank(end) ? null : date("end_date", end);
            OffsetDateTime from =
                blank(start) ? (to == null ? now() : to).minusDays(90) : date("start_date", start);
            where.add("created_at >= ?");
            args.add(from);
            if (to != null) {
              where.add("created_at <= ?");
              args.add(to);
            }
            if (!blank(serviceCode)) {
              where.add("service_code = ANY(?)");
              args.add(serviceCode.split(","));
            }
            if (!blank(status)) {
              switch (status.toLowerCase(Locale.ROOT)) {
                case "open" -> where.add("status <> 'CLOSED'");
                case "closed" -> where.add("status = 'CLOSED'");
                default -> throw new TicketException("status", "status is open or closed");
              }
            }
            found = tickets.list(String.join(" AND ", where), args, 1000);
          }
          Open311Views views = new Open311Views(context, request.tenant());
          JsonArrayBuilder out = Json.createArrayBuilder();
          for (Ticket t : found) {
            out.add(views.request(t));
          }
          return out.build().toString();
        });
  }

  /** {@code GET requests/{id}.json}: one request, as a list of one. */
  @GET
  @Path("requests/{id}.json")
  @Produces(JSON)
  public Response request(
      @PathParam("id") String id, @QueryParam("jurisdiction_id") String jurisdiction) {
    return answer(
        () -> {
          jurisdiction(jurisdiction);
          Ticket t =
              new JdbcTickets(context, request.tenant())
                  .find(id)
                  .orElseThrow(
                      () -> new TicketException(404, "service_request_id", "no request " + id));
          return Json.createArrayBuilder()
              .add(new Open311Views(context, request.tenant()).request(t))
              .build()
              .toString();
        });
  }

  private OffsetDateTime now() {
    return context.clock().now().atZone(Open311Views.ZONE).toOffsetDateTime();
  }

  private JdbcCatalogue catalogue() {
    return new JdbcCatalogue(context, request.tenant());
  }

  /** Accepts the county's own jurisdiction id (its slug); refuses any other. */
  private void jurisdiction(String id) {
    if (!blank(id) && !id.trim().equals(request.tenant().slug())) {
      throw new TicketException(
          404,
          "jurisdiction_id",
          "jurisdiction_id "
              + id
              + " is not served here; this endpoint serves "
              + request.tenant().slug());
    }
  }

  private static Coordinates point(MultivaluedMap<String, String> form) {
    String lat = form.getFirst("lat");
    String lon = form.getFirst("long");
    if (blank(lat) && blank(lon)) {
      return null;
    }
    if (blank(lat) || blank(lon)) {
      throw new TicketException("lat", "lat and long go together");
    }
    double la;
    double lo;
    try {
      la = Double.parseDouble(lat.trim());
      lo = Double.parseDouble(lon.trim());
    } catch (NumberFormatException e) {
      throw new TicketException("lat", "lat and long are decimal degrees");
    }
    // Chinese web maps give GCJ-02: stored as WGS84 like every other point
    String system = nonNull(form.getFirst("coordinate_system")).trim().toUpperCase(Locale.ROOT);
    return switch (system) {
      case "", "WGS84" -> new Coordinates(la, lo);
      case "GCJ02", "GCJ-02" -> Coordinates.fromGcj02(la, lo);
      default ->
          throw new TicketException("coordinate_system", "coordinate_system is WGS84 or GCJ02");
    };
  }

  private static OffsetDateTime date(String field, String value) {
    try {
      return OffsetDateTime.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new TicketException(
          field, field + " is a W3C date-time, e.g. 2026-11-24T08:00:00+08:00");
    }
  }

  /** Runs the work and answers 200 with its JSON, or the specification's error list. */
  private static Response answer(java.util.function.Supplier<String> work) {
    try {
      return Response.ok(work.get(), JSON).build();
    } catch (TicketException e) {
      String body =
          Json.createArrayBuilder()
              .add(
                  Json.createObjectBuilder()
                      .add("code", e.status())
                      .add("description", e.getMessage()))
              .build()
              .toString();
      return Response.status(e.status()).type(JSON).entity(body).build();
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }
}
