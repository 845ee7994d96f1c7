package cn.yangguang.web.supervision;

import static cn.yangguang.web.supervision.SupervisionCallers.call;

import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.supervision.application.Complaints;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.CallerContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Efficiency complaints (效能投诉): residents file them (signed in) and see their own; the county's
 * supervisors see them all with their clocks and conclude them.
 */
@Path("t/{tenant}/api/v1/complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintResource {

  @Inject SupervisionCallers callers;
  @Inject CallerContext context;
  @Inject Complaints complaints;

  /** A resident's complaint. */
  public record ComplaintRequest(
      @Size(max = 40) String department,
      @Size(max = 40) String caseNumber,
      @NotBlank @Size(max = 2000) String summary) {}

  /** Files a complaint: 201 with its number and clock. */
  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  public Response file(@NotNull @Valid ComplaintRequest r) {
    Caller me = context.caller().orElseThrow();
    Complaints.ComplaintView v =
        call(
            () ->
                complaints.submit(
                    callers.tenant(),
                    me.userId(),
                    me.username(),
                    me.displayName(),
                    r.department(),
                    r.caseNumber(),
                    r.summary()));
    return Response.status(201).entity(v).build();
  }
}
