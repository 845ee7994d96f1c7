package cn.yangguang.web.http;

import cn.yangguang.api.storage.FileRejectedException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** An upload the store refused: 413 too large, 415 type not allowed, 400 empty. */
@Provider
public class FileRejectedMapper implements ExceptionMapper<FileRejectedException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(FileRejectedException e) {
    return errors.respond(
        switch (e.reason()) {
          case TOO_LARGE -> 413;
          case TYPE_NOT_ALLOWED -> 415;
          case EMPTY -> 400;
        },
        "File not accepted",
        e.getMessage(),
        List.of(new FieldError("file", e.getMessage())),
        headers,
        uri);
  }
}
