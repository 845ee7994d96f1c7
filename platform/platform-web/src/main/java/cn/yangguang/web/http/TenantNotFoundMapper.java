package cn.yangguang.web.http;

import cn.yangguang.kernel.tenancy.application.TenantNotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A slug or host that names no tenant: 404 with the slug in the message. */
@Provider
public class TenantNotFoundMapper implements ExceptionMapper<TenantNotFoundException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(TenantNotFoundException e) {
    return errors.respond(404, "Unknown county", e.getMessage(), List.of(), headers, uri);
  }
}
