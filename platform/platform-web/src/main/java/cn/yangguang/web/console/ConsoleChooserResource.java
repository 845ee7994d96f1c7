package cn.yangguang.web.console;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.identity.domain.BrowserSession;
import cn.yangguang.web.identity.CallerCounties;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The platform-level way into the console, for anyone signed in: the counties where she is staff
 * (each linking to its console), and for province and prefecture admins and operators the counties
 * they oversee with their status. A resident learns that the console is for staff and finds her way
 * back to the portal.
 */
@Path("console")
@RequestScoped
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class ConsoleChooserResource {

  @Inject CallerContext context;
  @Inject CallerCounties counties;

  /** The chooser. */
  @GET
  public Response choose() {
    Caller c = context.caller().orElseThrow();
    List<CallerCounties.County> workplaces = counties.workplaces(c);
    List<CallerCounties.Counties> overseen = counties.overseen(c);
    boolean operator = counties.isOperator(c);
    Map<String, Object> model = new HashMap<>();
    model.put("workplaces", workplaces);
    model.put("overseen", overseen);
    model.put("operator", operator);
    model.put("resident", workplaces.isEmpty() && overseen.isEmpty() && !operator);
    Shell shell = new Shell(null, "/", null, null, null, c.displayName(), List.of(), List.of());
    String csrf = context.session().map(BrowserSession::csrfToken).orElse(null);
    return ConsolePages.render(200, "console-chooser", shell, csrf, model);
  }
}
