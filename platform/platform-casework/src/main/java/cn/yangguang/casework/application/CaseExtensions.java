package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.DecisionExtension;
import cn.yangguang.casework.domain.NotYourTaskException;
import cn.yangguang.casework.domain.ProcessBinding;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.UUID;

/**
 * Extends a case's decision period once (延长审批期限, Licensing Law Art. 42): the head of the deciding
 * agency approves it within the period, and the applicant is told why by SMS, in-app message and
 * the written 延长行政许可期限告知书. The decision clock's deadline moves by {@link DecisionExtension#days};
 * every step clock keeps its own limit, so an extension never hides an overdue step from
 * supervision.
 */
@ApplicationScoped
public class CaseExtensions {

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject ItemRepository items;
  @Inject ProcessBindings bindings;
  @Inject CaseClocks clocks;
  @Inject CaseJournal journal;
  @Inject PlatformClock clock;

  /**
   * Extends the decision period of the case.
   *
   * @param reason why, as the applicant will read it; not blank
   * @throws NotYourTaskException when the actor does not hold the post that decides the case
   * @throws CaseRejectedException 422 for a blank reason, 409 when the case cannot be extended now
   */
  public CaseFile extend(TenantRef t, UUID caseId, String reason, StaffActor actor) {
    if (reason == null || reason.isBlank()) {
      throw CaseRejectedException.invalid("reason", "must say why the period is extended");
    }
    return transactions.call(
        t,
        () -> {
          CaseFile c =
              cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
          ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
          if (!actor.holds(decidingPost(bindings.resolve(t, item)))) {
            throw new NotYourTaskException(
                "only the head holding the case's decision post may extend its period");
          }
          Instant now = clock.now();
          DecisionExtension.requireAllowed(
              c,
              clocks.extended(t, c.decisionClockId()),
              clocks.passed(t, c.decisionClockId(), now));
          int days = DecisionExtension.days(c.template());
          String why = reason.strip();
          clocks.extend(t, c.decisionClockId(), days, why, actor.username());
          journal.record(t, c, "extended", actor.username(), "approver", now, why, true, null);
          return cases.find(caseId).orElseThrow();
        });
  }

  /**
   * Whether {@code actor} could extend the case's period now (for offering the action on a page;
   * {@link #extend} checks again).
   */
  public boolean offered(TenantRef t, CaseFile c, StaffActor actor) {
    if (c.status() != cn.yangguang.casework.domain.CaseStatus.ACCEPTED
        || c.decisionClockId() == null) {
      return false;
    }
    return transactions.call(
        t,
        () -> {
          ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
          return actor.holds(decidingPost(bindings.resolve(t, item)))
              && !clocks.extended(t, c.decisionClockId())
              && !clocks.passed(t, c.decisionClockId(), clock.now());
        });
  }

  /** The post that decides: the binding's approval post, or its window for on-the-spot items. */
  static String decidingPost(ProcessBinding b) {
    return b.approvePost() != null ? b.approvePost() : b.acceptPost();
  }
}
