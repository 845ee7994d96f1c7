package cn.yangguang.web.casework;

import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public progress lookup (办件查询): a case's status and milestones by case number and query code,
 * without signing in. The applicant's name is masked; repeated failures from one client are
 * answered 429 for a while.
 */
@Path("t/{tenant}/api/v1/lookup")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LookupResource {

  @Inject TenantContext tenants;
  @Inject CaseQueries queries;

  @GET
  public Response lookup(
      @QueryParam("number") @Size(max = 40) String number,
      @QueryParam("code") @Size(max = 12) String code,
      @Context HttpServletRequest request) {
    return answer(queries.lookup(tenants.require().ref(), number, code, client(request)));
  }

  /** The client a lookup is counted against: its address (hashed before storage). */
  static String client(HttpServletRequest request) {
    return request == null ? "unknown" : request.getRemoteAddr();
  }

  static Response answer(CaseQueries.Lookup result) {
    if (result instanceof CaseQueries.Lookup.Found f) {
      return Response.ok(f.progress()).build();
    }
    if (result instanceof CaseQueries.Lookup.TooManyAttempts t) {
      throw new ProblemException(
          429,
          "Too many attempts",
          "too many failed lookups; try again in " + t.retryAfter().toMinutes() + " minutes");
    }
    throw ProblemException.notFound("a case with this number and query code");
  }
}
