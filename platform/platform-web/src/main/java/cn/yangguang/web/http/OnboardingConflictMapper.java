package cn.yangguang.web.http;

import cn.yangguang.kernel.tenancy.application.OnboardingConflictException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A manifest that contradicts the registry: 409 naming the field. */
@Provider
public class OnboardingConflictMapper implements ExceptionMapper<OnboardingConflictException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(OnboardingConflictException e) {
    return errors.respond(
        409,
        "Conflicts with the registry",
        e.getMessage(),
        List.of(new FieldError(e.field(), e.getMessage())),
        headers,
        uri);
  }
}
