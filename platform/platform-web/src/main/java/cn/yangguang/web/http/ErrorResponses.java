package cn.yangguang.web.http;

import cn.yangguang.web.view.View;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns a failure into the answer a client can use: a problem document for API clients (anything
 * under an {@code api/} segment, or a client that does not ask for HTML), a friendly page for
 * browsers.
 */
@ApplicationScoped
public class ErrorResponses {

  private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());

  /** Answers with a problem of the given status. */
  public Response respond(
      int status,
      String title,
      String detail,
      List<FieldError> errors,
      HttpHeaders headers,
      UriInfo uri) {
    return respond(
        new Problem("about:blank", title, status, detail, "/" + path(uri), errors, null),
        headers,
        uri);
  }

  /** Answers with a 500 and logs the failure under a fresh incident id. */
  public Response unexpected(Throwable failure, HttpHeaders headers, UriInfo uri) {
    String incident = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "incident " + incident + " on /" + path(uri), failure);
    return respond(
        new Problem(
            "about:blank",
            "Internal error",
            500,
            "The server could not complete the request. Quote incident "
                + incident
                + " when reporting it.",
            "/" + path(uri),
            List.of(),
            incident),
        headers,
        uri);
  }

  Response respond(Problem problem, HttpHeaders headers, UriInfo uri) {
    if (wantsPage(headers, uri)) {
      return Response.status(problem.status())
          .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
          .entity(new View("error", Map.of("problem", problem)))
          .build();
    }
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /** The first line of a message, without the stack of causes some libraries append. */
  static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }

  private static boolean wantsPage(HttpHeaders headers, UriInfo uri) {
    String path = path(uri);
    if (path.startsWith("api/") || path.contains("/api/") || path.startsWith("openapi")) {
      return false;
    }
    if (headers == null) {
      return false;
    }
    return headers.getAcceptableMediaTypes().stream()
        .anyMatch(m -> !m.isWildcardType() && m.isCompatible(MediaType.TEXT_HTML_TYPE));
  }

  private static String path(UriInfo uri) {
    try {
      return uri == null ? "" : uri.getPath(false).replaceFirst("^/", "");
    } catch (RuntimeException e) {
      return "";
    }
  }
}
