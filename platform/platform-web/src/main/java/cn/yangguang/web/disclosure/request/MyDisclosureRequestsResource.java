package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.RequestIntake;
import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;

/**
 * A signed-in applicant's own requests: she asks online (received today, the portal confirming at
 * once) and follows each step.
 */
@Path("t/{tenant}/api/v1/my/disclosure-requests")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyDisclosureRequestsResource {

  @Inject TenantContext tenants;
  @Inject CallerContext context;
  @Inject RequestIntake intake;
  @Inject RequestQueries queries;
  @Inject cn.yangguang.disclosure.request.application.RequestDocuments documents;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(@NotNull @Valid DisclosureRequestResource.SubmissionRequest r) {
    Caller me = me();
    RequestIntake.Received got =
        intake.online(
            tenants.require().ref(),
            DisclosureRequestResource.submission(r),
            me.username(),
            me.userId());
    return Response.status(201)
        .entity(
            new DisclosureRequestResource.Entered(
                got.id(), got.number(), got.queryCode(), got.receivedOn()))
        .build();
  }

  @GET
  public List<RequestViews.Detail> mine() {
    return queries.mine(tenants.require().ref(), me().userId()).stream()
        .map(RequestViews::detail)
        .toList();
  }

  @GET
  @Path("{id}")
  public RequestViews.Detail one(@PathParam("id") UUID id) {
    return RequestViews.detail(queries.mineOne(tenants.require().ref(), me().userId(), id));
  }

  /** A written document of one of her own requests as PDF. */
  @GET
  @Path("{id}/documents/{kind}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") UUID id, @PathParam("kind") String kind) {
    var t = tenants.require().ref();
    return DisclosureRequestResource.pdf(documents, t, queries.mineOne(t, me().userId(), id), kind);
  }

  private Caller me() {
    return context
        .caller()
        .orElseThrow(
            () -> new ProblemException(401, "Sign-in required", "this needs a signed-in user"));
  }
}
