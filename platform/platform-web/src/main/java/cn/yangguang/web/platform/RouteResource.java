package cn.yangguang.web.platform;

import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.glassfish.jersey.server.ExtendedResourceContext;
import org.glassfish.jersey.server.model.Resource;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Every HTTP route the JAX-RS application serves, from Jersey's own resource model (so a route
 * hidden from OpenAPI is still listed). The cross-tenant test probes each one; a route it has no
 * probe for fails the build.
 */
@Path("api/v1/platform/routes")
@RequestScoped
@OperatorOnly
@Produces(MediaType.APPLICATION_JSON)
public class RouteResource {

  @Context ExtendedResourceContext resources;
  @Inject cn.yangguang.web.plugins.PluginRoutes pluginRoutes;

  /** The routes, as method and path template, sorted. */
  @GET
  public List<Route> routes() {
    List<Route> out = new ArrayList<>();
    for (Resource r : resources.getResourceModel().getRootResources()) {
      collect(r, "", out);
    }
    for (Resource r : pluginRoutes.resources()) { // mounted by the plugin locator at run time
      collect(r, "", out);
    }
    return out.stream()
        .distinct()
        .sorted(Comparator.comparing(Route::path).thenComparing(Route::method))
        .toList();
  }

  private static void collect(Resource resource, String prefix, List<Route> out) {
    String path = join(prefix, resource.getPath());
    for (ResourceMethod m : resource.getResourceMethods()) {
      if (!m.isExtended()) { // skip the OPTIONS and HEAD handlers Jersey adds by itself
        out.add(new Route(m.getHttpMethod(), path));
      }
    }
    if (resource.getResourceLocator() != null) {
      out.add(new Route("LOCATOR", path));
    }
    for (Resource child : resource.getChildResources()) {
      collect(child, path, out);
    }
  }

  private static String join(String prefix, String path) {
    String p = path == null ? "" : path.replaceAll("^/+|/+$", "");
    if (p.isEmpty()) {
      return prefix.isEmpty() ? "/" : prefix;
    }
    return (prefix.equals("/") ? "" : prefix) + "/" + p;
  }

  /** One route. */
  public record Route(String method, String path) {}
}
