package cn.yangguang.web.docs;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Reads assets below {@code META-INF/resources/} of the web jars, refusing path tricks. */
final class ClasspathAssets {

  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=UTF-8",
          "js", "text/javascript; charset=UTF-8",
          "html", "text/html; charset=UTF-8",
          "png", "image/png",
          "svg", "image/svg+xml",
          "json", "application/json",
          "map", "application/json");

  private ClasspathAssets() {}

  /** The asset at {@code META-INF/resources/<path>}, or 404. */
  static Response serve(String path) {
    if (path == null || path.contains("..") || path.contains("//") || path.startsWith("/")) {
      return notFound();
    }
    int dot = path.lastIndexOf('.');
    String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
    if (type == null) {
      return notFound();
    }
    try (InputStream in =
        ClasspathAssets.class.getClassLoader().getResourceAsStream("META-INF/resources/" + path)) {
      if (in == null) {
        return notFound();
      }
      CacheControl cache = new CacheControl();
      cache.setMaxAge(86400);
      return Response.ok(in.readAllBytes(), type)
          .cacheControl(cache)
          .header("X-Content-Type-Options", "nosniff")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Response notFound() {
    throw new jakarta.ws.rs.NotFoundException();
  }
}
