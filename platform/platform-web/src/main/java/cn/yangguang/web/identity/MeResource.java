package cn.yangguang.web.identity;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.application.OversightAccess;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/**
 * Whoever is signed in, resident or staff: who she is, where she works and with which roles, what
 * she oversees. The console's county chooser shows the same (both use {@link CallerCounties}).
 */
@Path("api/v1/me")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject CallerContext context;
  @Inject CallerCounties counties;
  @Inject OversightAccess oversight;

  /** An oversight scope. */
  public record Scope(String level, String code) {}

  /** The caller. */
  public record Me(
      UUID userId,
      String username,
      String displayName,
      boolean resident,
      boolean operator,
      List<CallerCounties.County> counties,
      List<Scope> oversight) {}

  /** 200 for anyone signed in, 401 otherwise. */
  @GET
  public Me me() {
    Caller c = context.caller().orElseThrow();
    List<CallerCounties.County> workplaces = counties.workplaces(c);
    List<Scope> scopes =
        oversight.grants(c).stream()
            .map(g -> new Scope(g.level().name(), g.divisionCode()))
            .toList();
    boolean operator = oversight.isOperator(c);
    return new Me(
        c.userId(),
        c.username(),
        c.displayName(),
        workplaces.isEmpty() && scopes.isEmpty() && !operator,
        operator,
        workplaces,
        scopes);
  }
}
