package cn.yangguang.hotline.web;

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import cn.yangguang.hotline.application.CitySync;
import cn.yangguang.hotline.application.Handling;
import cn.yangguang.hotline.application.Intake;
import cn.yangguang.hotline.application.Kpis;
import cn.yangguang.hotline.domain.Channel;
import cn.yangguang.hotline.domain.DispatchCatalogue;
import cn.yangguang.hotline.domain.KnowledgeBase;
import cn.yangguang.hotline.domain.Resolution;
import cn.yangguang.hotline.domain.TicketException;
import cn.yangguang.hotline.domain.TicketType;
import cn.yangguang.hotline.domain.TimeLimits;
import cn.yangguang.hotline.domain.Urgency;
import cn.yangguang.hotline.infrastructure.JdbcCatalogue;
import cn.yangguang.hotline.infrastructure.JdbcCityLink;
import cn.yangguang.hotline.infrastructure.JdbcKnowledge;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The base of the hotline's resource: the county-level staff API (the dispatch catalogue and time
 * limits, the city link and exchange, the knowledge base, KPIs, the SMS gateway's webhook) and the
 * helpers every method uses (the caller's role, refusals as HTTP statuses). {@link TicketApi} adds
 * the tickets, {@link HotlineResource} the pages; one resource serves the plugin's base address.
 */
public abstract class CountyApi {

  static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

  /** The plugin's services. */
  protected final PluginContext context;

  /** The request. */
  protected final PluginRequest request;

  /** For one request. */
  protected CountyApi(PluginContext context, PluginRequest request) {
    this.context = context;
    this.request = request;
  }

  /** Answers to give at once: the knowledge base and the catalogue's guides matching a question. */
  @GET
  @Path("api/knowledge")
  @Produces(JSON)
  public List<KnowledgeBase.Entry> knowledge(@QueryParam("q") String q) {
    actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER);
    return KnowledgeBase.search(q, new JdbcKnowledge(context, request.tenant()).entries(), 5);
  }

  /** The dispatch catalogue: services, rules and the county's handling units. */
  @GET
  @Path("api/catalogue")
  @Produces(JSON)
  public TicketViews.Catalogue catalogue() {
    actor(HotlineRoles.TAKER, HotlineRoles.DISPATCHER, HotlineRoles.UNIT, "supervisor");
    return call(
        () -> {
          JdbcCatalogue c = new JdbcCatalogue(context, request.tenant());
          return new TicketViews.Catalogue(c.services(), c.rules(), c.units());
        });
  }

  /** Sets the rule of a service (and place): its lead and co-handling units. */
  @PUT
  @Path("api/catalogue/rules")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public TicketViews.Catalogue putRule(TicketViews.RuleBody body) {
    Handling.Actor by = actor(HotlineRoles.DISPATCHER);
    return call(
        () -> {
          if (body == null || body.serviceCode() == null) {
            throw new TicketException("serviceCode", "serviceCode is required");
          }
          DispatchCatalogue.Rule rule =
              new DispatchCatalogue.Rule(
                  body.serviceCode(), body.place(), body.leadUnit(), body.coUnits());
          JdbcCatalogue c = new JdbcCatalogue(context, request.tenant());
          if (c.service(rule.serviceCode()).isEmpty()) {
            throw new TicketException("serviceCode", "no service " + rule.serviceCode());
          }
          var units = c.units();
          for (String u : concat(rule.leadUnit(), rule.coUnits())) {
            if (!units.containsKey(u)) {
              throw new TicketException("leadUnit", "no handling unit " + u);
            }
          }
          c.putRule(rule);
          context
              .audit()
              .record(
                  request.tenant(),
                  by.username(),
                  by.role(),
                  rule.serviceCode(),
                  "dispatch-rule",
                  null);
          return new TicketViews.Catalogue(c.services(), c.rules(), c.units());
        });
  }

  /** Sets one time limit (step x type x urgency). */
  @PUT
  @Path("api/time-limits")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public TicketViews.LimitBody putLimit(TicketViews.LimitBody body) {
    Handling.Actor by = actor(HotlineRoles.DISPATCHER);
    return call(
        () -> {
          if (body == null) {
            throw new TicketException("step", "a limit is required");
          }
          TimeLimits.Step step = parse(TimeLimits.Step.class, body.step(), "step");
          TicketType type = TicketType.parse(body.type());
          Urgency urgency = Urgency.parse(body.urgency());
          TimeLimits.Limit limit =
              new TimeLimits.Limit(
                  body.amount() == null ? -1 : body.amount(),
                  parse(TimeLimits.Unit.class, body.unit(), "unit"));
          new JdbcCatalogue(context, request.tenant()).putLimit(step, type, urgency, limit);
          context
              .audit()
              .record(
                  request.tenant(),
                  by.username(),
                  by.role(),
                  step + "/" + type + "/" + urgency,
                  "time-limit",
                  null);
          return body;
        });
  }

  /** Sets the county's link to the prefecture's 12345 platform (county admin). */
  @PUT
  @Path("api/city-link")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public TicketViews.CityLinkBody putCityLink(TicketViews.CityLinkBody body) {
    Handling.Actor by = actor();
    return call(
        () -> {
          if (body == null
              || body.endpoint() == null
              || !body.endpoint().matches("https?://\\S+")) {
            throw new TicketException("endpoint", "the city platform's address is an http(s) URL");
          }
          new JdbcCityLink(context, request.tenant())
              .put(
                  new JdbcCityLink.Link(
                      body.endpoint(),
                      body.apiKey() == null ? "" : body.apiKey(),
                      body.countyCode() == null || body.countyCode().isBlank()
                          ? request.tenant().slug()
                          : body.countyCode(),
                      "county"),
                  by.username(),
                  context.clock().now());
          context
              .audit()
              .record(request.tenant(), by.username(), by.role(), "city-link", "city-link", null);
          return new TicketViews.CityLinkBody(body.endpoint(), null, body.countyCode());
        });
  }

  /** Exchanges with the city platform now (the city job does it every minute). */
  @POST
  @Path("api/city/sync")
  @Produces(JSON)
  public CitySync.Result syncCity() {
    Handling.Actor by = actor(HotlineRoles.DISPATCHER);
    return call(() -> new CitySync(context, request.tenant()).run(by.username()));
  }

  /**
   * The KPIs of each unit and of the county over a period ({@code from} inclusive, {@code to}
   * exclusive).
   */
  @GET
  @Path("api/kpis")
  @Produces(JSON)
  public Kpis.Report kpis(@QueryParam("from") String from, @QueryParam("to") String to) {
    actor(HotlineRoles.DISPATCHER, "supervisor");
    return call(() -> kpiReport(from, to));
  }

  Kpis.Report kpiReport(String from, String to) {
    LocalDate end =
        to == null || to.isBlank()
            ? context.clock().today(Open311Views.ZONE).plusDays(1)
            : day("to", to);
    LocalDate start = from == null || from.isBlank() ? end.minusDays(30) : day("from", from);
    if (!start.isBefore(end)) {
      throw new TicketException("from", "from must be before to");
    }
    return new Kpis(context, request.tenant()).report(start, end);
  }

  /**
   * The SMS gateway's webhook: a text message to the county's 12345 number becomes a ticket. The
   * gateway proves itself with the key of the county's {@code smsKey} setting.
   */
  @POST
  @Path("api/sms")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(JSON)
  public Response sms(@HeaderParam("X-Hotline-Key") String key, TicketViews.SmsBody body) {
    String expected = context.settings().of(request.tenant()).getOrDefault("smsKey", "");
    if (expected.isEmpty()
        || key == null
        || !MessageDigest.isEqual(
            expected.getBytes(StandardCharsets.UTF_8), key.getBytes(StandardCharsets.UTF_8))) {
      throw new WebApplicationException("the SMS gateway's key is missing or wrong", 401);
    }
    return run(
        () -> {
          String text = body == null ? null : body.text();
          Intake.Received r =
              new Intake(context, request.tenant())
                  .take(
                      new Intake.NewTicket(
                          Channel.SMS,
                          "HELP",
                          null,
                          null,
                          null,
                          text,
                          null,
                          body == null ? null : body.from(),
                          null,
                          null,
                          null,
                          null,
                          null),
                      null,
                      "system:sms");
          return Response.status(201).entity(views().received(r)).type(JSON).build();
        });
  }

  /** The caller acting in one of the roles (the county admin always may), or 401/403. */
  protected Handling.Actor actor(String... roles) {
    String[] any = new String[roles.length + 1];
    System.arraycopy(roles, 0, any, 0, roles.length);
    any[roles.length] = HotlineRoles.ADMIN;
    request.requireStaff(any);
    String role =
        java.util.Arrays.stream(any).filter(request.roles()::contains).findFirst().orElse(null);
    return new Handling.Actor(
        request.username().orElse("?"), role, request.department().orElse(null));
  }

  TicketViews views() {
    return new TicketViews(context, request.tenant(), request.locale());
  }

  /** Runs work, turning a refusal into its HTTP status (the transaction rolls back). */
  static <T> T call(Supplier<T> work) {
    try {
      return work.get();
    } catch (TicketException e) {
      throw refusal(e);
    }
  }

  static Response run(Supplier<Response> work) {
    return call(work);
  }

  static WebApplicationException refusal(TicketException e) {
    String message = e.field() == null ? e.getMessage() : e.field() + ": " + e.getMessage();
    return new WebApplicationException(message, e.status());
  }

  static Resolution resolution(String code) {
    return parse(Resolution.class, code, "disposition");
  }

  static <E extends Enum<E>> E parse(Class<E> type, String code, String field) {
    try {
      return Enum.valueOf(type, code == null ? "" : code.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TicketException(
          field, field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
    }
  }

  static LocalDate day(String field, String value) {
    try {
      return LocalDate.parse(value.trim());
    } catch (java.time.format.DateTimeParseException e) {
      throw new TicketException(field, field + " is a date such as 2026-11-01");
    }
  }

  static List<String> concat(String first, List<String> rest) {
    List<String> out = new ArrayList<>();
    out.add(first);
    out.addAll(rest);
    return out;
  }
}
