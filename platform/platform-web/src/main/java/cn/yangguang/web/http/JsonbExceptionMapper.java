package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not the JSON the operation takes: 400. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(JsonbException e) {
    return errors.respond(
        400,
        "Malformed JSON",
        "The request body is not valid JSON for this operation: "
            + ErrorResponses.firstLine(e.getMessage()),
        List.of(new FieldError("body", "malformed JSON")),
        headers,
        uri);
  }
}
