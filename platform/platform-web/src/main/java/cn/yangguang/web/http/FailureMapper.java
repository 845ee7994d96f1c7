package cn.yangguang.web.http;

import cn.yangguang.api.storage.FileRejectedException;
import cn.yangguang.kernel.identity.application.IdentityProviderException;
import cn.yangguang.kernel.identity.application.IdentityProviderUnavailableException;
import cn.yangguang.kernel.identity.application.InvalidTokenException;
import cn.yangguang.kernel.tenancy.application.ChangeRejectedException;
import cn.yangguang.kernel.tenancy.application.OnboardingConflictException;
import cn.yangguang.kernel.tenancy.application.TenantNotFoundException;
import cn.yangguang.kernel.tenancy.manifest.ManifestValidationException;
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
 * The failures the platform knows, each mapped to its status; anything else is a 500 with an
 * incident id. (JAX-RS's own exceptions and Bean Validation have mappers of their own, which JAX-RS
 * prefers as the more specific types.)
 *
 * <ul>
 *   <li>{@link ProblemException}: as raised by the resource;
 *   <li>an unknown county: 404 naming the slug;
 *   <li>an invalid manifest: 422 listing every problem with its path;
 *   <li>a manifest contradicting the registry: 409 naming the field;
 *   <li>a refused file: 413 too large, 415 type not allowed, 400 empty;
 *   <li>Keycloak down: 503 with Retry-After (nothing was changed); Keycloak refusing: 502;
 *   <li>a refused staff change: 422 (bad input) or 409 (conflict), naming the field;
 *   <li>a refused department or post: 422 (bad input) or 409 (code taken), naming the field;
 *   <li>an unknown case or work item: 404; a step of another post: 403;
 *   <li>a body that is not the JSON the operation takes (Jersey wraps it in a {@link
 *       ProcessingException}): 400.
 * </ul>
 */
@Provider
public class FailureMapper implements ExceptionMapper<RuntimeException> {

  @Inject ErrorResponses errors;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @Override
  public Response toResponse(RuntimeException e) {
    if (e instanceof cn.yangguang.web.security.Refusals.Challenge c) {
      return Response.fromResponse(respond(c.status(), c.title(), c.getMessage(), c.errors()))
          .header("WWW-Authenticate", c.challenge())
          .build();
    }
    if (e instanceof ProblemException p) {
      return respond(p.status(), p.title(), p.getMessage(), p.errors());
    }
    if (e instanceof IdentityProviderUnavailableException) {
      return Response.fromResponse(
              respond(
                  503,
                  "Identity provider unavailable",
                  e.getMessage() + ". Nothing was changed; retry once Keycloak is back.",
                  List.of()))
          .header("Retry-After", "30")
          .build();
    }
    if (e instanceof IdentityProviderException) {
      return respond(502, "Identity provider refused", e.getMessage(), List.of());
    }
    if (e instanceof InvalidTokenException) {
      return respond(401, "Invalid token", e.getMessage(), List.of());
    }
    if (e instanceof ChangeRejectedException r) {
      return respond(
          r.conflict() ? 409 : 422,
          r.conflict() ? "Conflicts with the " + r.subject() : "Invalid " + r.subject() + " change",
          r.getMessage() + "; nothing was changed",
          List.of(new FieldError(r.field(), r.getMessage())));
    }
    if (e instanceof cn.yangguang.kernel.identity.application.StaffNotFoundException) {
      return respond(404, "Unknown staff member", e.getMessage(), List.of());
    }
    if (e instanceof cn.yangguang.catalogue.application.CatalogueFileException f) {
      return respond(
          422,
          "Unreadable catalogue file",
          f.getMessage() + "; nothing was imported",
          f.problems().stream()
              .map(p -> new FieldError(p.column() == null ? "file" : p.column(), p.toString()))
              .toList());
    }
    if (e instanceof cn.yangguang.casework.domain.CaseNotFoundException) {
      return respond(404, "Not found", e.getMessage(), List.of());
    }
    if (e instanceof cn.yangguang.casework.domain.NotYourTaskException) {
      return respond(403, "Not your step", e.getMessage() + "; nothing was changed", List.of());
    }
    if (e instanceof cn.yangguang.disclosure.request.application.RequestNotFoundException) {
      return respond(404, "Not found", e.getMessage(), List.of());
    }
    if (e instanceof TenantNotFoundException) {
      return respond(404, "Unknown county", e.getMessage(), List.of());
    }
    if (e instanceof ManifestValidationException m) {
      return respond(
          422,
          "Invalid tenant manifest",
          m.problems().size() + " problem(s) in the manifest; nothing was applied",
          m.problems().stream().map(p -> new FieldError(p.path(), p.reason())).toList());
    }
    if (e instanceof OnboardingConflictException c) {
      return respond(
          409,
          "Conflicts with the registry",
          c.getMessage(),
          List.of(new FieldError(c.field(), c.getMessage())));
    }
    if (e instanceof FileRejectedException f) {
      int status =
          switch (f.reason()) {
            case TOO_LARGE -> 413;
            case TYPE_NOT_ALLOWED -> 415;
            case EMPTY -> 400;
          };
      return respond(
          status,
          "File not accepted",
          f.getMessage(),
          List.of(new FieldError("file", f.getMessage())));
    }
    Throwable json = jsonCause(e);
    if (json != null) {
      return respond(
          400,
          "Malformed JSON",
          "The request body is not valid JSON for this operation: "
              + ErrorResponses.firstLine(json.getMessage()),
          List.of(new FieldError("body", "malformed JSON")));
    }
    return errors.unexpected(e, headers, uri);
  }

  private Response respond(int status, String title, String detail, List<FieldError> fields) {
    return errors.respond(status, title, detail, fields, headers, uri);
  }

  /** The JSON parsing failure behind a body-reading failure, if that is what it is. */
  private static Throwable jsonCause(RuntimeException e) {
    if (!(e instanceof ProcessingException) && !(e instanceof JsonbException)) {
      return null;
    }
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonbException || t instanceof JsonParsingException) {
        return t;
      }
    }
    return null;
  }
}
