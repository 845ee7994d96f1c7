package cn.yangguang.web.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * Mounts plugin resources under a county: {@code /t/{tenant}/plugins/{pluginId}/...}. A plugin that
 * is not installed, not started, mounted at a prefix of its own, or not enabled for this county
 * answers the same 404 ({@link PluginDispatch}).
 *
 * <p>The locator carries no OpenAPI annotation: it is not an operation, and Payara's scanner fails
 * on an {@code @Operation} without an HTTP method. {@link PluginOpenApiFilter} documents the plugin
 * routes instead.
 */
@Path("t/{tenant}/plugins")
@RequestScoped
public class PluginRouteResource {

  @Inject PluginDispatch dispatch;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  /** The plugin's resource for this request. */
  @Path("{pluginId}")
  public Object plugin(@PathParam("pluginId") String pluginId) {
    return dispatch.resource(pluginId, "", headers, uri);
  }
}
