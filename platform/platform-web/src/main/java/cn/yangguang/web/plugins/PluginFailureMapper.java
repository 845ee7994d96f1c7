package cn.yangguang.web.plugins;

import cn.yangguang.plugins.application.EnablementRefusedException;
import cn.yangguang.plugins.application.PluginHostException;
import cn.yangguang.web.http.ErrorResponses;
import cn.yangguang.web.http.FieldError;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * The plugin host's refusals: an unknown or not running plugin is 404; a plugin whose migrations or
 * schema lint failed is 422 with the reason, and nothing was enabled.
 */
@Provider
public class PluginFailureMapper implements ExceptionMapper<PluginHostException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(PluginHostException e) {
    if (e instanceof EnablementRefusedException) {
      return errors.respond(
          422,
          "Plugin not enabled",
          e.getMessage() + "; nothing was enabled",
          List.of(new FieldError("pluginId", e.getMessage())),
          headers,
          uri);
    }
    return errors.respond(404, "Unknown plugin", e.getMessage(), List.of(), headers, uri);
  }
}
