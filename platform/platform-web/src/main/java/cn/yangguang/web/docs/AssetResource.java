package cn.yangguang.web.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** The portal's own static assets and the web jars (Swagger UI). */
@Path("")
@ApplicationScoped
public class AssetResource {

  /** A portal asset such as {@code /static/portal.css}. */
  @GET
  @Path("static/{path: .+}")
  public Response asset(@PathParam("path") String path) {
    return ClasspathAssets.serve("static/" + path);
  }

  /** A file of a web jar, such as {@code /webjars/swagger-ui/5.x/swagger-ui.css}. */
  @GET
  @Path("webjars/{path: .+}")
  public Response webjar(@PathParam("path") String path) {
    return ClasspathAssets.serve("webjars/" + path);
  }
}
