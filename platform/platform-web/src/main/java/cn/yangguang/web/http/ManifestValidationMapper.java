package cn.yangguang.web.http;

import cn.yangguang.kernel.tenancy.manifest.ManifestValidationException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A manifest with problems: 422 listing every one, with its path. */
@Provider
public class ManifestValidationMapper implements ExceptionMapper<ManifestValidationException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ManifestValidationException e) {
    return errors.respond(
        422,
        "Invalid tenant manifest",
        e.problems().size() + " problem(s) in the manifest; nothing was applied",
        e.problems().stream().map(p -> new FieldError(p.path(), p.reason())).toList(),
        headers,
        uri);
  }
}
