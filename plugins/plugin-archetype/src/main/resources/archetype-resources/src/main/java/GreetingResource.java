package ${package};

import cn.yangguang.api.plugin.PluginContext;
import cn.yangguang.api.plugin.PluginRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The plugin's page, JSON API and console page for one request. Made per request with the county
 * and caller the platform resolved; the platform runs each method in the county's transaction.
 */
public class GreetingResource {

  private final PluginContext context;
  private final PluginRequest request;

  /** A resource for one request. */
  public GreetingResource(PluginContext context, PluginRequest request) {
    this.context = context;
    this.request = request;
  }

  /** The public page: the county's greetings. */
  @GET
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String page() {
    return Pages.list(request.tenant().slug(), context.pluginId(), greetings(), request.locale());
  }

  /** The greetings as JSON. */
  @GET
  @Path("api/greetings")
  @Produces(MediaType.APPLICATION_JSON)
  public List<Greeting> list() {
    return greetings();
  }

  /** Adds a greeting (county staff only): 201 with the greeting. */
  @POST
  @Path("api/greetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response add(NewGreeting body) {
    request.requireStaff();
    String text;
    try {
      text = Greeting.checkText(body == null ? null : body.text());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    Greeting g = new Greeting(UUID.randomUUID(), text, context.clock().now());
    context
        .data()
        .inTenant(
            request.tenant(),
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO "
                          + context.schema()
                          + ".greeting (tenant_id, id, text, created_at) VALUES (?, ?, ?, ?)")) {
                ps.setObject(1, request.tenant().id());
                ps.setObject(2, g.id());
                ps.setString(3, g.text());
                ps.setTimestamp(4, Timestamp.from(g.createdAt()));
                return ps.executeUpdate();
              }
            });
    context.events().publish(request.tenant(), "greeting-added", g.id().toString(), null);
    return Response.status(201).entity(g).build();
  }

  /** The console page (county staff only). */
  @GET
  @Path("console")
  @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
  public String console() {
    request.requireStaff();
    return Pages.console(request.tenant().slug(), greetings().size(), request.locale());
  }

  private List<Greeting> greetings() {
    return context
        .data()
        .inTenant(
            request.tenant(),
            c -> {
              List<Greeting> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement(
                          "SELECT id, text, created_at FROM "
                              + context.schema()
                              + ".greeting ORDER BY created_at, id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(
                      new Greeting(
                          rs.getObject(1, UUID.class),
                          rs.getString(2),
                          rs.getTimestamp(3).toInstant()));
                }
              }
              return out;
            });
  }

  /**
   * The body of a new greeting.
   *
   * @param text what it says
   */
  public record NewGreeting(String text) {}
}
