package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * JAX-RS's own failures (no such route, method not allowed, unacceptable media type, a path
 * parameter that does not convert): the same status, as a problem document or page.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(WebApplicationException e) {
    Response original = e.getResponse();
    int status = original.getStatus();
    if (status >= 500) {
      return errors.unexpected(e, headers, uri);
    }
    Response.StatusType type = original.getStatusInfo();
    String title = type.getReasonPhrase() == null ? "Error" : type.getReasonPhrase();
    String detail =
        status == 404
            ? "There is nothing at this address."
            : ErrorResponses.firstLine(e.getMessage());
    Response mapped = errors.respond(status, title, detail, List.of(), headers, uri);
    if (original.getHeaderString("Allow") != null) {
      return Response.fromResponse(mapped)
          .header("Allow", original.getHeaderString("Allow"))
          .build();
    }
    return mapped;
  }
}
