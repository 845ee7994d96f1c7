package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A problem a resource raised on purpose. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProblemException e) {
    return errors.respond(e.status(), e.title(), e.getMessage(), e.errors(), headers, uri);
  }
}
