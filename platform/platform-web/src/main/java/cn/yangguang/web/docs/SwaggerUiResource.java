package cn.yangguang.web.docs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Swagger UI over the server's own {@code /openapi} document. */
@Path("swagger-ui")
@ApplicationScoped
public class SwaggerUiResource {

  private final String page = page();

  /** The Swagger UI page. */
  @GET
  @Produces(MediaType.TEXT_HTML)
  public String index() {
    return page;
  }

  private static String page() {
    String base = "/webjars/swagger-ui/" + swaggerVersion();
    return """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Yangguang API</title>
        <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
        <body><main id="swagger-ui" aria-label="API documentation"></main>
        <script src="%1$s/swagger-ui-bundle.js"></script>
        <script src="/static/swagger-init.js"></script>
        </body></html>
        """
        .formatted(base);
  }

  private static String swaggerVersion() {
    try (InputStream in =
        SwaggerUiResource.class
            .getClassLoader()
            .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties p = new Properties();
      p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      return p.getProperty("version");
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("swagger-ui web jar not on the classpath", e));
    }
  }
}
