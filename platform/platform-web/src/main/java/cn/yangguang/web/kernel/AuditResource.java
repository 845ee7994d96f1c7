package cn.yangguang.web.kernel;

import cn.yangguang.kernel.audit.AuditLog;
import cn.yangguang.kernel.audit.chain.Anchor;
import cn.yangguang.kernel.audit.chain.VerificationReport;
import cn.yangguang.kernel.tenancy.application.TenantContext;
import cn.yangguang.web.security.OperatorOnly;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A county's audit trail: the replay of one subject's history (过程回放), verification of the hash
 * chain against the signed anchors, and the anchors for export (to keep outside the platform).
 */
@Path("t/{tenant}/api/v1/audit")
@RequestScoped
@OperatorOnly
public class AuditResource {

  @Inject TenantContext context;
  @Inject AuditLog log;

  /** Verifies the chain; {@code intact} false with the first break when anything was altered. */
  @GET
  @Path("verify")
  @Produces(MediaType.APPLICATION_JSON)
  public VerifyView verify(@PathParam("tenant") String slug) {
    AuditLog.Verification v = log.verify(context.require().ref());
    VerificationReport r = v.report();
    return new VerifyView(
        r.intact(),
        r.entriesChecked(),
        r.lastAnchoredSeq(),
        r.unanchoredEntries(),
        v.unchainedEntries(),
        r.firstBreak()
            .map(b -> new BreakView(b.chainSeq(), b.kind().name(), b.detail()))
            .orElse(null));
  }

  /** The ordered history of one subject. */
  @GET
  @Path("subjects/{subjectType}/{subjectId}")
  @Produces(MediaType.APPLICATION_JSON)
  public List<AuditLog.ReplayEntry> replay(
      @PathParam("tenant") String slug,
      @PathParam("subjectType") @Pattern(regexp = "[a-z-]{2,40}") String subjectType,
      @PathParam("subjectId") String subjectId) {
    return log.replay(context.require().ref(), subjectType, subjectId);
  }

  /** The signed anchors as tab-separated lines, for safekeeping outside the platform. */
  @GET
  @Path("anchors")
  @Produces("text/tab-separated-values")
  public Response anchors(@PathParam("tenant") String slug) {
    String body =
        log.anchors(context.require().ref()).stream()
            .map(Anchor::toExportLine)
            .collect(Collectors.joining("\n"));
    return Response.ok(
            body.isEmpty() ? "" : body + "\n", "text/tab-separated-values; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"anchors-" + slug + ".tsv\"")
        .build();
  }

  /** A verification as the API shows it. */
  public record VerifyView(
      boolean intact,
      long entriesChecked,
      long lastAnchoredSeq,
      long unanchoredEntries,
      long unchainedEntries,
      BreakView firstBreak) {}

  /** Where the chain breaks. */
  public record BreakView(long chainSeq, String kind, String detail) {}
}
