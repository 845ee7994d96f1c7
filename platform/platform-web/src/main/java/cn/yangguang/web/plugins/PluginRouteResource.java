package cn.yangguang.web.plugins;

import cn.yangguang.api.plugin.WebResources;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.plugins.application.LoadedPlugin;
import cn.yangguang.plugins.application.PluginEnablements;
import cn.yangguang.plugins.application.PluginHost;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * Mounts plugin resources under a county: {@code /t/{tenant}/plugins/{pluginId}/...}. A plugin that
 * is not installed, not started, or not enabled for this county answers the same 404, read from the
 * database on every request (enabling and disabling take effect at once on every node).
 *
 * <p>The locator carries no OpenAPI annotation: it is not an operation, and Payara's scanner fails
 * on an {@code @Operation} without an HTTP method. Plugin routes are in the route listing instead.
 */
@Path("t/{tenant}/plugins")
@RequestScoped
public class PluginRouteResource {

  @Inject TenantContext tenants;
  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject PluginRequests requests;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The plugin's resource for this request. */
  @Path("{pluginId}")
  public Object plugin(@PathParam("pluginId") String pluginId) {
    TenantRef tenant = tenants.require().ref();
    LoadedPlugin plugin =
        host.started(pluginId)
            .filter(p -> !p.web().isEmpty())
            .filter(p -> enablements.activeFor(tenant, pluginId))
            .orElseThrow(() -> notHere(pluginId, tenant));
    WebResources web = plugin.web().get(0);
    Object resource;
    try {
      resource = web.resource(plugin.context(), requests.of(tenant, headers, uri));
    } catch (jakarta.ws.rs.WebApplicationException | ProblemException e) {
      throw e;
    } catch (RuntimeException e) {
      plugin.plugin().recordRequestFailure(e.toString());
      throw e;
    }
    if (resource == null) {
      throw notHere(pluginId, tenant);
    }
    return resource;
  }

  private static ProblemException notHere(String pluginId, TenantRef tenant) {
    return new ProblemException(
        404, "Not found", "no plugin " + pluginId + " is enabled for " + tenant.slug());
  }
}
