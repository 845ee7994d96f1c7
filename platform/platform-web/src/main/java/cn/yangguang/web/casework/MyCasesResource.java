package cn.yangguang.web.casework;

import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;

/** A signed-in resident's own applications in a county ("my applications") and her messages. */
@Path("t/{tenant}/api/v1/my")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyCasesResource {

  @Inject TenantContext tenants;
  @Inject CaseQueries queries;
  @Inject CaseworkCallers callers;
  @Inject cn.yangguang.casework.application.CaseDocuments documents;

  @GET
  @Path("cases")
  public List<CaseViews.Summary> cases() {
    return queries.mine(tenants.require().ref(), callers.person().userId()).stream()
        .map(CaseViews::summary)
        .toList();
  }

  @GET
  @Path("cases/{id}")
  public CaseQueries.PublicProgress one(@PathParam("id") UUID id) {
    return queries
        .mine(tenants.require().ref(), callers.person().userId(), id)
        .orElseThrow(() -> ProblemException.notFound("your application " + id));
  }

  /** A written notice of one of her own cases as PDF. */
  @GET
  @Path("cases/{id}/documents/{kind}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public jakarta.ws.rs.core.Response document(
      @PathParam("id") UUID id, @PathParam("kind") String kind) {
    one(id); // 404 unless it is hers
    return CaseResource.pdf(documents, tenants.require(), id, kind);
  }

  @GET
  @Path("messages")
  public List<CaseQueries.Notice> messages() {
    return queries.messages(tenants.require().ref(), callers.person().userId());
  }
}
