package cn.yangguang.web.disclosure.request;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.disclosure.request.application.RequestDocuments;
import cn.yangguang.disclosure.request.application.RequestHandling;
import cn.yangguang.disclosure.request.application.RequestIntake;
import cn.yangguang.disclosure.request.application.RequestQueries;
import cn.yangguang.disclosure.request.domain.Applicant;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Channel;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Disclosure officers' requests (依申请公开) of their agency; the county's disclosure office sees every
 * agency's. An officer enters what came in person, by post, fax or e-mail, and takes each step of
 * the procedure through one action route. Every answer shows the applicant masked.
 */
@Path("t/{tenant}/api/v1/disclosure-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@StaffOnly({"discloser", "admin", "supervisor"})
public class DisclosureRequestResource {

  @Inject TenantContext tenants;
  @Inject RequestCallers callers;
  @Inject RequestIntake intake;
  @Inject RequestHandling handling;
  @Inject RequestQueries queries;
  @Inject RequestDocuments documents;
  @Inject RequestActions actions;

  /** A request as entered. */
  public record SubmissionRequest(
      @NotBlank @Size(max = 40) String agencyCode,
      @NotBlank @Size(max = 16) String channel,
      LocalDate handedInOn,
      LocalDate signedForOn,
      LocalDate confirmedOn,
      @NotNull @Valid ApplicantRequest applicant,
      @NotBlank @Size(max = 5000) String description,
      @Size(max = 500) String purpose,
      @Size(max = 10) String delivery) {}

  /** The applicant. */
  public record ApplicantRequest(
      @NotBlank @Size(max = 16) String type,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 18) String idNumber,
      @NotBlank @Size(max = 20) String phone,
      @Size(max = 300) String address) {}

  /**
   * A step of the procedure; each action reads the fields it needs: {@code supplement-notice}
   * (asked, periodDays), {@code supplement}, {@code extension} (reason), {@code consultation}
   * (kind, party), {@code consultation-answer} (consultationId, opinion), {@code overrule}
   * (consultationId), {@code fee-notice} (scale, pages), {@code fee-paid}, {@code excessive}
   * (reason), {@code answer} (outcome, reason, redirectTo), {@code unmask} (reason).
   */
  public record ActionRequest(
      @Size(max = 2000) String asked,
      @Min(1) @Max(60) Integer periodDays,
      @Size(max = 2000) String reason,
      @Size(max = 12) String kind,
      @Size(max = 200) String party,
      UUID consultationId,
      @Size(max = 10) String opinion,
      @Size(max = 12) String scale,
      @Min(0) @Max(100000) Integer pages,
      @Size(max = 40) String outcome,
      @Size(max = 200) String redirectTo) {}

  /** What an officer entered: the number and the query code to give the applicant. */
  public record Entered(UUID id, String number, String queryCode, LocalDate receivedOn) {}

  @GET
  public List<RequestViews.Detail> list(
      @QueryParam("agency") String agency,
      @QueryParam("open") @DefaultValue("false") boolean open,
      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
    return queries.list(tenant(), callers.staff(), agency, open, limit).stream()
        .map(RequestViews::detail)
        .toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response enter(@NotNull @Valid SubmissionRequest r) {
    RequestIntake.Received got = intake.enter(tenant(), submission(r), callers.staff());
    return Response.status(201)
        .entity(new Entered(got.id(), got.number(), got.queryCode(), got.receivedOn()))
        .build();
  }

  @GET
  @Path("{id}")
  public RequestViews.Detail get(@PathParam("id") UUID id) {
    return RequestViews.detail(queries.detail(tenant(), id, callers.staff()));
  }

  /**
   * A written document of the request as PDF ({@code supplement}, {@code fee}, {@code reply}); 409
   * for one the request has not reached.
   */
  @GET
  @Path("{id}/documents/{kind}")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") UUID id, @PathParam("kind") String kind) {
    return pdf(documents, tenant(), queries.detail(tenant(), id, callers.staff()), kind);
  }

  /** The PDF answer of a request's document, shared with the applicant's own route. */
  static Response pdf(RequestDocuments documents, TenantRef t, RequestQueries.View v, String kind) {
    RequestDocuments.Kind k;
    try {
      k = RequestDocuments.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ProblemException.notFound("document kind " + kind);
    }
    return Response.ok(documents.pdf(t, v, k), "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + kind + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /** Takes a step (see {@link ActionRequest}); answers the request as it now stands. */
  @POST
  @Path("{id}/{action}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Object act(
      @PathParam("id") UUID id, @PathParam("action") String action, @Valid ActionRequest body) {
    ActionRequest b =
        body == null
            ? new ActionRequest(null, null, null, null, null, null, null, null, null, null, null)
            : body;
    Object answer = actions.apply(id, action, b);
    return answer != null ? answer : get(id);
  }

  static RequestIntake.Submission submission(SubmissionRequest r) {
    ApplicantRequest a = r.applicant();
    return new RequestIntake.Submission(
        r.agencyCode(),
        parse(Channel.class, "channel", r.channel()),
        new Channel.ReceiptDates(r.handedInOn(), r.signedForOn(), r.confirmedOn()),
        new Applicant(
            parse(ApplicantType.class, "applicant.type", a.type()),
            a.name(),
            a.idNumber(),
            a.phone(),
            a.address()),
        r.description(),
        r.purpose(),
        r.delivery());
  }

  static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new ProblemException(
          422,
          "Invalid request",
          field + " is required",
          List.of(new cn.yangguang.web.http.FieldError(field, "required")));
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(
          422,
          "Invalid request",
          field + " is not one of " + List.of(type.getEnumConstants()),
          List.of(new cn.yangguang.web.http.FieldError(field, "unknown value " + value)));
    }
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }
}
