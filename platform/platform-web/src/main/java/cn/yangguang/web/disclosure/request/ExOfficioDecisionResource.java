package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.ExOfficioDecisions;
import cn.yangguang.disclosure.request.domain.ExOfficioDecision;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency's ex-officio decisions (行政处罚, 行政强制) for Table 2 of its annual report: entered one by
 * one or imported as CSV ({@code kind,reference,decidedOn,summary}).
 */
@Path("t/{tenant}/api/v1/disclosure-decisions/{agency}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@StaffOnly({"discloser", "admin", "supervisor"})
public class ExOfficioDecisionResource {

  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject ExOfficioDecisions decisions;

  /** One decision. */
  public record DecisionRequest(
      @Size(max = 12) String kind,
      @Size(max = 100) String reference,
      LocalDate decidedOn,
      @Size(max = 500) String summary) {}

  @GET
  public List<ExOfficioDecision> list(
      @PathParam("agency") @Size(max = 40) String agency,
      @QueryParam("year") @Min(2008) @Max(2100) int year) {
    return decisions.ofAgency(tenants.require().ref(), callers.staff(), agency, year);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response add(
      @PathParam("agency") @Size(max = 40) String agency, @NotNull @Valid DecisionRequest d) {
    boolean added =
        decisions.add(
            tenants.require().ref(),
            callers.staff(),
            new ExOfficioDecision(
                UUID.randomUUID(),
                agency,
                DisclosureRequestResource.parse(ExOfficioDecision.Kind.class, "kind", d.kind()),
                d.reference(),
                d.decidedOn(),
                d.summary()));
    return Response.status(added ? 201 : 200)
        .entity(new ExOfficioDecisions.Imported(added ? 1 : 0, added ? 0 : 1))
        .build();
  }

  @POST
  @Path("import")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  public ExOfficioDecisions.Imported importCsv(
      @PathParam("agency") @Size(max = 40) String agency, InputStream csv) {
    return decisions.importCsv(
        tenants.require().ref(),
        callers.staff(),
        agency,
        new InputStreamReader(csv, StandardCharsets.UTF_8));
  }
}
