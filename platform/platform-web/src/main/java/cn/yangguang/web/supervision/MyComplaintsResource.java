package cn.yangguang.web.supervision;

import cn.yangguang.supervision.application.Complaints;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * A resident's own complaints with their numbers, deadlines and outcomes (beside her own cases
 * under {@code my/}).
 */
@Path("t/{tenant}/api/v1/my")
@RequestScoped
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class MyComplaintsResource {

  @Inject SupervisionCallers callers;
  @Inject CallerContext context;
  @Inject Complaints complaints;

  @GET
  @Path("complaints")
  public List<Complaints.ComplaintView> mine() {
    return complaints.mine(callers.tenant(), context.caller().orElseThrow().userId());
  }
}
