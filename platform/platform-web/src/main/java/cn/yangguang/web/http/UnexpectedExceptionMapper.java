package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Errors that are not runtime exceptions (an {@link Error}): 500 with an incident id, never a stack
 * trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(Throwable e) {
    return errors.unexpected(e, headers, uri);
  }
}
