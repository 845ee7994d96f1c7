package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The public status of a request by its number and query code (no sign-in: a letter or fax
 * applicant has no account). A wrong pair answers 404 whatever is wrong, so numbers cannot be
 * probed.
 */
@Path("t/{tenant}/api/v1/disclosure-requests/lookup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RequestLookupResource {

  @Inject TenantContext tenants;
  @Inject RequestQueries queries;

  /** The number and the query code. */
  public record Lookup(
      @NotBlank @Size(max = 30) String number, @NotBlank @Size(max = 20) String queryCode) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public RequestViews.Detail lookup(
      @NotNull @Valid Lookup l, @jakarta.ws.rs.core.Context HttpServletRequest request) {
    RequestQueries.Lookup r =
        queries.lookup(
            tenants.require().ref(),
            l.number(),
            l.queryCode(),
            request == null ? "unknown" : request.getRemoteAddr());
    if (r instanceof RequestQueries.Lookup.Found f) {
      return RequestViews.detail(f.view());
    }
    if (r instanceof RequestQueries.Lookup.TooManyAttempts t) {
      throw new ProblemException(
          429,
          "Too many attempts",
          "too many failed lookups; try again in " + t.retryAfter().toMinutes() + " minutes");
    }
    throw ProblemException.notFound("request " + l.number() + " with this code");
  }
}
