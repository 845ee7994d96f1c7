package cn.yangguang.web.http;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;

/** Bean Validation failures of a request: 400 naming each field (its path inside the request). */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(ConstraintViolationException e) {
    List<FieldError> fields =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field))
            .toList();
    return errors.respond(
        400,
        "Invalid input",
        fields.size() + " field(s) invalid; nothing was changed",
        fields,
        headers,
        uri);
  }

  /**
   * The request-relative path of a violation: {@code create.body.entries[1].code} becomes {@code
   * entries[1].code}; a parameter keeps its name.
   */
  static String field(ConstraintViolation<?> v) {
    StringBuilder out = new StringBuilder();
    String lastParameter = null;
    for (Path.Node node : v.getPropertyPath()) {
      switch (node.getKind()) {
        case METHOD, CONSTRUCTOR, RETURN_VALUE, CROSS_PARAMETER:
          break;
        case PARAMETER:
          lastParameter = node.getName();
          break;
        default:
          if (node.isInIterable()) {
            out.append('[')
                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                .append(']');
          }
          if (node.getName() != null) {
            if (out.length() > 0) {
              out.append('.');
            }
            out.append(node.getName());
          }
      }
    }
    if (out.length() > 0) {
      return out.toString();
    }
    return lastParameter == null ? "body" : lastParameter;
  }
}
