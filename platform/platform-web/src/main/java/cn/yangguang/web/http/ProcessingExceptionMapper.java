package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Jersey wraps a body it cannot read in a {@link ProcessingException}: when the cause is malformed
 * JSON that is the client's fault (400); anything else stays a server failure (500).
 */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return errors.respond(
            400,
            "Malformed JSON",
            "The request body is not valid JSON for this operation: "
                + ErrorResponses.firstLine(t.getMessage()),
            List.of(new FieldError("body", "malformed JSON")),
            headers,
            uri);
      }
    }
    return errors.unexpected(e, headers, uri);
  }
}
