package cn.yangguang.api.plugin;

import org.pf4j.ExtensionPoint;

/**
 * The plugin's HTTP resources, mounted under each county that has the plugin enabled, at {@code
 * /t/{county}/plugins/{pluginId}/} (or {@code http://{county}.<domain>/plugins/{pluginId}/}).
 *
 * <p>The returned object is a JAX-RS resource: its methods carry {@code @GET}, {@code @POST}, ...
 * and {@code @Path} relative to the plugin's base, and take parameters as JAX-RS methods do
 * ({@code @PathParam}, {@code @QueryParam}, a JSON body as a record). Its class must not carry a
 * class-level {@code @Path}. {@code @Context} fields and CDI injection do not work on it: pass what
 * it needs through its constructor.
 *
 * <p><b>Lifecycle.</b> Called once per HTTP request to the plugin's routes, after the platform has
 * resolved the county, authenticated the caller (anonymous callers are allowed through; use {@link
 * PluginRequest#requireStaff}) and checked that the plugin is enabled for the county; a request to
 * a county that has not enabled it answers 404 without calling the plugin. <b>Threading.</b> Called
 * on the request thread, concurrently for different requests; the resource method then runs on the
 * same thread inside a transaction of the county: it commits when the method returns and rolls back
 * when it throws. <b>Nulls.</b> Arguments are never null; returning null answers 404.
 * <b>Errors.</b> A {@code jakarta.ws.rs.WebApplicationException} answers with its status as a
 * problem document; any other exception answers 500 without details, is logged and counted against
 * the plugin (shown in the console and in health), and the platform keeps serving.
 */
public interface WebResources extends ExtensionPoint {

  /**
   * The class of the objects {@link #resource} returns: the platform reads its routes from it for
   * the route listing (and the cross-tenant test) at start. Never null.
   */
  Class<?> resourceClass();

  /**
   * A tenant-relative prefix the plugin's routes are mounted at instead of {@code
   * plugins/{pluginId}}, for an address an outside standard fixes (e.g. {@code open311/v2} for
   * GeoReport v2 clients: {@code /t/{county}/open311/v2/...}). Lower-case letters, digits, dots and
   * hyphens in slash-separated segments. Checked once at start: a first segment the platform's own
   * routes or another plugin already use marks this plugin failed, with a message naming the
   * collision. Empty (the default) mounts it at {@code plugins/{pluginId}}.
   */
  default String prefix() {
    return "";
  }

  /**
   * The resource that serves this request.
   *
   * @param context the plugin's context
   * @param request the county, caller and language of the request
   * @return a JAX-RS resource instance, or null for 404
   */
  Object resource(PluginContext context, PluginRequest request);
}
