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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * Finds the plugin resource for a request to a plugin's mount point: 404 unless the plugin is
 * started, mounted there and enabled for the request's county (read from the database on every
 * request, so enabling and disabling take effect at once on every node).
 */
@RequestScoped
public class PluginDispatch {

  @Inject TenantContext tenants;
  @Inject PluginHost host;
  @Inject PluginEnablements enablements;
  @Inject PluginRequests requests;

  /**
   * The plugin's resource for this request.
   *
   * @param pluginId the plugin
   * @param prefix where the request came in: the plugin's claimed prefix, or empty for {@code
   *     plugins/{pluginId}}
   */
  public Object resource(String pluginId, String prefix, HttpHeaders headers, UriInfo uri) {
    TenantRef tenant = tenants.require().ref();
    LoadedPlugin plugin =
        host.started(pluginId)
            .filter(p -> enablements.activeFor(tenant, pluginId))
            .orElseThrow(() -> notHere(pluginId, tenant));
    // a plugin may serve at plugins/{id} and at a prefix of its own, one WebResources each
    WebResources web =
        plugin.web().stream()
            .filter(w -> w.prefix().equals(prefix))
            .findFirst()
            .orElseThrow(() -> notHere(pluginId, tenant));
    Object resource;
    try {
      resource = web.resource(plugin.context(), requests.of(tenant, headers, uri));
    } catch (WebApplicationException | ProblemException e) {
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
