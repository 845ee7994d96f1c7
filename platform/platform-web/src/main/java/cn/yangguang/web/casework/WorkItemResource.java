package cn.yangguang.web.casework;

import cn.yangguang.casework.application.CaseHandling;
import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A staff member's inbox: the open steps of her posts, most urgent first, and completing them. */
@Path("t/{tenant}/api/v1/work-items")
@RequestScoped
@StaffOnly
@Produces(MediaType.APPLICATION_JSON)
public class WorkItemResource {

  @Inject TenantContext tenants;
  @Inject CaseQueries queries;
  @Inject CaseHandling handling;
  @Inject CaseworkCallers callers;

  /** A line of the inbox. */
  public record Line(
      UUID id,
      UUID caseId,
      String caseNumber,
      String itemName,
      String caseStatus,
      String applicantName,
      String step,
      String post,
      String level,
      Instant dueAt,
      Instant createdAt) {}

  /** An inbox page. */
  public record Inbox(int total, List<Line> items) {}

  /** The outcome of a step: approve or reject for decisions, a comment for any. */
  public record Completion(Boolean approve, @Size(max = 2000) String comment) {}

  @GET
  public Inbox inbox(
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
      @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
    var actor = callers.staff();
    var t = tenants.require().ref();
    return new Inbox(
        queries.inboxSize(t, actor),
        queries.inbox(t, actor, limit, offset).stream().map(WorkItemResource::line).toList());
  }

  /** Completes the step; answers with the case as it is now. */
  @POST
  @Path("{id}/complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Summary complete(@PathParam("id") UUID id, @Valid Completion c) {
    Completion body = c == null ? new Completion(null, null) : c;
    return CaseViews.summary(
        handling.completeStep(
            tenants.require().ref(),
            id,
            body.approve() == null || body.approve(),
            body.comment(),
            callers.staff()));
  }

  static Line line(WorkItemRepository.InboxEntry e) {
    var w = e.item();
    return new Line(
        w.id(),
        w.caseId(),
        e.caseNumber(),
        e.itemName(),
        e.caseStatus(),
        publicName(e.applicantName()),
        w.step(),
        w.postCode(),
        e.level(),
        e.dueAt(),
        w.createdAt());
  }

  private static String publicName(String name) {
    return new cn.yangguang.casework.domain.Applicant("PERSON", name, null, null).publicName();
  }
}
