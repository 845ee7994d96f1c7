package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.casework.domain.CaseEvent;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;

/**
 * Records what happened to a case, in the change's own transaction and all together: the case's
 * history (what the applicant and the public lookup see), the audit trail (who did it, for the
 * replay), the outbox (for supervision, search and other nodes) and the applicant's notice.
 */
@ApplicationScoped
public class CaseJournal {

  @Inject CaseRepository cases;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject CaseNotices notices;

  /**
   * Records one milestone.
   *
   * @param kind a stable verb, e.g. {@code accepted}; also the notice's key when {@code notify}
   * @param role the role the actor acted in, or null
   * @param note a public note (reason), or null
   * @param noticeDetail what the notice text needs (query code, reason), when it differs from note
   */
  public void record(
      TenantRef t,
      CaseFile c,
      String kind,
      String actor,
      String role,
      Instant at,
      String note,
      boolean notify,
      String noticeDetail) {
    cases.addEvent(c.id(), new CaseEvent(0, at, kind, c.status(), actor, note));
    JsonObjectBuilder summary =
        Json.createObjectBuilder()
            .add("number", c.number())
            .add("item", c.itemKey())
            .add("status", c.status().name());
    if (note != null) {
      summary.add("note", note);
    }
    audit.record(
        t, actor, role, "case", c.id().toString(), "case." + kind, summary.build().toString());
    outbox.publish(
        t,
        "case." + kind,
        "case",
        c.id().toString(),
        Json.createObjectBuilder()
            .add("number", c.number())
            .add("item", c.itemKey())
            .add("department", c.departmentCode() == null ? "" : c.departmentCode())
            .add("status", c.status().name())
            .build()
            .toString());
    if (notify) {
      notices.send(c, kind, noticeDetail != null ? noticeDetail : note == null ? "" : note);
    }
  }
}
