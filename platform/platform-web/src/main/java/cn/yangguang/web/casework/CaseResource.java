package cn.yangguang.web.casework;

import cn.yangguang.api.storage.StoredFile;
import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.application.CaseHandling;
import cn.yangguang.casework.application.CaseIntake;
import cn.yangguang.casework.application.CaseQueries;
import cn.yangguang.casework.application.StaffActor;
import cn.yangguang.casework.domain.Applicant;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.Channel;
import cn.yangguang.kernel.identity.application.Caller;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.http.ProblemException;
import cn.yangguang.web.security.Authenticated;
import cn.yangguang.web.security.StaffOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Applications and cases of a county. Residents (signed in) and staff at a window or as village
 * agents submit; staff act on cases through the steps their posts hold. Every answer shows the
 * applicant masked.
 */
@Path("t/{tenant}/api/v1/cases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CaseResource {

  @Inject TenantContext tenants;
  @Inject CaseIntake intake;
  @Inject CaseHandling handling;
  @Inject cn.yangguang.casework.application.CaseExtensions extensions;
  @Inject cn.yangguang.casework.application.CaseMaterials materials;
  @Inject CaseQueries queries;
  @Inject CaseworkCallers callers;
  @Inject cn.yangguang.casework.application.CaseDocuments documents;

  /** An application as submitted. */
  public record ApplicationRequest(
      @NotBlank @Size(max = 36) String itemKey,
      @NotNull @Valid ApplicantRequest applicant,
      @Size(max = 50) List<@Valid @NotNull MaterialRequest> materials,
      @Size(max = 80) String idempotencyKey,
      @Size(max = 10) String channel) {}

  /** The applicant. */
  public record ApplicantRequest(
      @NotBlank String kind,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 18) String idNumber,
      @NotBlank @Size(max = 11) String phone) {}

  /** A material: the item's material name and an uploaded file's id. */
  public record MaterialRequest(@NotBlank @Size(max = 200) String name, @NotNull UUID fileId) {}

  /** A reason (refusal) or list of what is missing (supplement notice). */
  public record ReasonRequest(@NotBlank @Size(max = 2000) String reason) {}

  /** Materials supplied after a supplement notice. */
  public record SupplementRequest(
      @NotNull @Size(min = 1, max = 50) List<@Valid @NotNull MaterialRequest> materials) {}

  /** A fee charged. */
  public record FeeRequest(@NotNull @DecimalMin("0") BigDecimal amount) {}

  /** Which special procedure starts. */
  public record ProcedureRequest(@Size(max = 100) String kind) {}

  /** An uploaded file. */
  public record Upload(UUID id, String name, String type, long size) {}

  /**
   * Uploads a material for a coming application (size and type checked by content); only the
   * uploader can attach it.
   */
  @POST
  @Path("uploads")
  @Authenticated
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      InputStream body,
      @QueryParam("name") @DefaultValue("material") @Size(max = 200) String name) {
    StoredFile f = intake.upload(tenant(), name, body, callers.person().username());
    return Response.status(201)
        .entity(new Upload(f.id(), f.originalName(), f.contentType(), f.size()))
        .build();
  }

  /**
   * Submits an application: 201 with the case number and query code; a retry with the same
   * idempotency key answers 200 with the same case.
   */
  @POST
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  public Response submit(
      @NotNull @Valid ApplicationRequest r, @HeaderParam("Idempotency-Key") String keyHeader) {
    Caller person = callers.person();
    var staff = callers.staffIfAny();
    Channel channel = channel(staff.map(StaffActor::roles).orElse(java.util.Set.of()), r.channel());
    String key = r.idempotencyKey() != null ? r.idempotencyKey() : keyHeader;
    if (key == null) {
      throw ProblemException.badField(
          "idempotencyKey", "an idempotency key (body or Idempotency-Key header) is required");
    }
    ApplicantRequest a = r.applicant();
    CaseIntake.Submitted s =
        intake.submit(
            tenant(),
            new CaseIntake.Application(
                r.itemKey(),
                channel,
                new Applicant(a.kind(), a.name(), a.idNumber(), a.phone()),
                r.materials() == null
                    ? List.of()
                    : r.materials().stream()
                        .map(m -> new CaseIntake.MaterialRef(m.name(), m.fileId()))
                        .toList(),
                key,
                person.username(),
                channel == Channel.ONLINE ? person.userId() : null));
    return Response.status(s.replayed() ? 200 : 201)
        .entity(
            new CaseViews.Submitted(
                s.caseFile().id(),
                s.caseFile().number(),
                s.queryCode(),
                s.caseFile().status().name(),
                s.replayed()))
        .build();
  }

  /** The county's recent cases (staff). */
  @GET
  @StaffOnly
  public List<CaseViews.Summary> list(
      @QueryParam("status") String status,
      @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit) {
    CaseStatus s;
    try {
      s = status == null ? null : CaseStatus.valueOf(status);
    } catch (IllegalArgumentException e) {
      throw ProblemException.badField("status", "unknown status " + status);
    }
    return queries.recent(tenant(), s, limit).stream().map(CaseViews::summary).toList();
  }

  /** One case with its materials, history, steps and clocks (staff). */
  @GET
  @Path("{id}")
  @StaffOnly
  public CaseViews.Detail get(@PathParam("id") UUID id) {
    return CaseViews.detail(queries.detail(tenant(), id));
  }

  /** Accepts (受理). */
  @POST
  @Path("{id}/accept")
  @StaffOnly({"clerk", "agent"})
  public CaseViews.Detail accept(@PathParam("id") UUID id) {
    handling.accept(tenant(), id, callers.staff());
    return get(id);
  }

  /** Refuses to accept (不予受理), with the reason. */
  @POST
  @Path("{id}/refuse")
  @StaffOnly({"clerk"})
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Detail refuse(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest r) {
    handling.refuse(tenant(), id, r.reason(), callers.staff());
    return get(id);
  }

  /** Sends the one consolidated supplement notice (补正告知). */
  @POST
  @Path("{id}/supplement-notice")
  @StaffOnly({"clerk"})
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Detail supplementNotice(
      @PathParam("id") UUID id, @NotNull @Valid ReasonRequest r) {
    handling.requestSupplement(tenant(), id, r.reason(), callers.staff());
    return get(id);
  }

  /** Supplies the materials a notice asked for (the applicant, or a clerk on her behalf). */
  @POST
  @Path("{id}/supplement")
  @Authenticated
  @Consumes(MediaType.APPLICATION_JSON)
  public Response supplement(@PathParam("id") UUID id, @NotNull @Valid SupplementRequest r) {
    var staff = callers.staffIfAny().filter(s -> s.roles().contains("clerk"));
    var c =
        intake.supplement(
            tenant(),
            id,
            r.materials().stream()
                .map(m -> new CaseIntake.MaterialRef(m.name(), m.fileId()))
                .toList(),
            staff.map(StaffActor::username).orElse(callers.person().username()),
            staff.isPresent());
    return Response.ok(CaseViews.summary(c)).build();
  }

  /** Starts a special procedure: the decision clock pauses. */
  @POST
  @Path("{id}/special-procedure/start")
  @StaffOnly
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Detail startProcedure(
      @PathParam("id") UUID id, @NotNull @Valid ProcedureRequest r) {
    handling.specialProcedure(tenant(), id, true, r.kind(), callers.staff());
    return get(id);
  }

  /** Ends the special procedure: the decision clock runs again. */
  @POST
  @Path("{id}/special-procedure/end")
  @StaffOnly
  public CaseViews.Detail endProcedure(@PathParam("id") UUID id) {
    handling.specialProcedure(tenant(), id, false, null, callers.staff());
    return get(id);
  }

  /**
   * Extends the decision period once (Licensing Law Art. 42), by the head holding the case's
   * decision post; the applicant is told the reason.
   */
  @POST
  @Path("{id}/extension")
  @StaffOnly
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Detail extend(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest r) {
    extensions.extend(tenant(), id, r.reason(), callers.staff());
    return get(id);
  }

  /** Records the fee charged. */
  @POST
  @Path("{id}/fee")
  @StaffOnly
  @Consumes(MediaType.APPLICATION_JSON)
  public CaseViews.Detail fee(@PathParam("id") UUID id, @NotNull @Valid FeeRequest r) {
    handling.charge(tenant(), id, r.amount(), callers.staff());
    return get(id);
  }

  /**
   * A written notice of the case as PDF ({@code acceptance}, {@code refusal}, {@code supplement},
   * {@code extension}, {@code decision}); 409 for a notice the case has not reached.
   */
  @GET
  @Path("{id}/documents/{kind}")
  @StaffOnly
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  public Response document(@PathParam("id") UUID id, @PathParam("kind") String kind) {
    return pdf(documents, tenants.require(), id, kind);
  }

  /** The PDF answer of a notice, shared with "my applications". */
  static Response pdf(
      cn.yangguang.casework.application.CaseDocuments documents,
      cn.yangguang.kernel.tenancy.application.ResolvedTenant t,
      UUID id,
      String kind) {
    var k = cn.yangguang.casework.domain.NoticeDocument.Kind.of(kind);
    if (k == null) {
      throw ProblemException.notFound("notice kind " + kind);
    }
    byte[] pdf = documents.pdf(t.ref(), id, k, t.facts().nameZh());
    return Response.ok(pdf, "application/pdf")
        .header("Content-Disposition", "inline; filename=\"" + kind + ".pdf\"")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  /**
   * One material of the case, for staff holding a step of it and supervisors; every read is
   * audited.
   */
  @GET
  @Path("{id}/materials/{fileId}")
  @StaffOnly
  @Produces(MediaType.WILDCARD)
  public Response material(@PathParam("id") UUID id, @PathParam("fileId") UUID fileId) {
    var m = materials.read(tenant(), id, fileId, callers.staff());
    String name =
        java.net.URLEncoder.encode(m.file().originalName(), java.nio.charset.StandardCharsets.UTF_8)
            .replace("+", "%20");
    return Response.ok(m.bytes(), m.file().contentType())
        .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  /** The applicant's full ID number and phone, with the reason; audited. */
  @POST
  @Path("{id}/unmask")
  @StaffOnly({"clerk", "admin"})
  @Consumes(MediaType.APPLICATION_JSON)
  public Applicant unmask(@PathParam("id") UUID id, @NotNull @Valid ReasonRequest r) {
    return queries.unmasked(tenant(), id, callers.staff().username(), r.reason());
  }

  /**
   * The door: a window clerk enters walk-in applications, a village agent applies on someone's
   * behalf, anyone else applies online for herself.
   */
  static Channel channel(java.util.Set<String> roles, String asked) {
    if (roles.contains("agent") && (!roles.contains("clerk") || "AGENT".equals(asked))) {
      return Channel.AGENT;
    }
    return roles.contains("clerk") ? Channel.WINDOW : Channel.ONLINE;
  }

  private TenantRef tenant() {
    return tenants.require().ref();
  }
}
