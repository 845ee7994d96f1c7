package cn.yangguang.casework.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.casework.domain.CaseFile;
import cn.yangguang.casework.domain.CaseNotFoundException;
import cn.yangguang.casework.domain.CaseRejectedException;
import cn.yangguang.casework.domain.CaseRepository;
import cn.yangguang.casework.domain.CaseStatus;
import cn.yangguang.casework.domain.WorkItem;
import cn.yangguang.casework.domain.WorkItemRepository;
import cn.yangguang.catalogue.domain.ItemFields;
import cn.yangguang.catalogue.domain.ItemRepository;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What staff do to a case: accept, refuse or send the supplement notice (Licensing Law Art. 32),
 * complete review, branch, approval and delivery steps, run special procedures (Art. 45) and record
 * fees. Each action checks the post, changes the case, the engine and the clocks, and records the
 * milestone, in one transaction; a refused action changes nothing.
 */
@ApplicationScoped
public class CaseHandling {

  /** The actor of changes the law makes by itself. */
  static final String SYSTEM = "system:acceptance-period";

  private static final Pattern AMOUNT = Pattern.compile("(\\d+(?:\\.\\d{1,2})?)\\s*元");

  @Inject TenantTransactions transactions;
  @Inject CaseRepository cases;
  @Inject WorkItemRepository workItems;
  @Inject ItemRepository items;
  @Inject CaseSteps steps;
  @Inject CaseClocks clocks;
  @Inject CaseJournal journal;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /** Accepts (受理): the decision clock starts, from receipt when the period had passed. */
  public CaseFile accept(TenantRef t, UUID caseId, StaffActor actor) {
    return act(
        t,
        caseId,
        (c, item, now) -> {
          WorkItem w = steps.openStep(c, "accept", actor);
          boolean passed = clocks.passed(t, c.acceptanceClockId(), now);
          accepted(t, c, item, w, passed, actor.username(), "clerk", now);
        });
  }

  /** Refuses to accept (不予受理), telling the applicant why. */
  public CaseFile refuse(TenantRef t, UUID caseId, String reason, StaffActor actor) {
    return act(
        t,
        caseId,
        (c, item, now) -> {
          WorkItem w = steps.openStep(c, "accept", actor);
          if (clocks.passed(t, c.acceptanceClockId(), now)) {
            throw CaseRejectedException.conflict(
                "status",
                "the 5-working-day acceptance period has passed: the application counts as accepted");
          }
          c.refuse(now, reason);
          clocks.complete(t, c.acceptanceClockId(), actor.username());
          cases.update(c);
          steps.complete(
              t, c, item, w, Map.of("accepted", false), "REFUSED", actor.username(), now);
          journal.record(
              t, c, "refused", actor.username(), "clerk", now, c.outcomeReason(), true, null);
        });
  }

  /**
   * Sends the one consolidated supplement notice (补正告知): the case waits, unaccepted, with no clock
   * running, until the applicant supplies the materials.
   */
  public CaseFile requestSupplement(TenantRef t, UUID caseId, String missing, StaffActor actor) {
    return act(
        t,
        caseId,
        (c, item, now) -> {
          steps.openStep(c, "accept", actor);
          c.requestSupplement(missing, clocks.passed(t, c.acceptanceClockId(), now));
          clocks.complete(t, c.acceptanceClockId(), actor.username());
          cases.update(c);
          journal.record(
              t,
              c,
              "supplement-requested",
              actor.username(),
              "clerk",
              now,
              c.outcomeReason(),
              true,
              null);
        });
  }

  /**
   * Completes a review, branch, forwarding, decision or delivery step.
   *
   * @param approve for decision steps: approve (true) or reject (false); ignored otherwise
   */
  public CaseFile completeStep(
      TenantRef t, UUID workItemId, boolean approve, String comment, StaffActor actor) {
    return transactions.call(
        t,
        () -> {
          WorkItem w =
              workItems
                  .find(workItemId)
                  .orElseThrow(() -> new CaseNotFoundException("work item " + workItemId));
          steps.requireActionable(w, actor);
          return act(
              t, w.caseId(), (c, item, now) -> step(t, c, item, w, approve, comment, actor, now));
        });
  }

  private void step(
      TenantRef t,
      CaseFile c,
      ItemFields item,
      WorkItem w,
      boolean approve,
      String comment,
      StaffActor actor,
      Instant now) {
    String who = actor.username();
    switch (w.step()) {
      case "accept" ->
          throw CaseRejectedException.conflict(
              "step", "acceptance is done with accept, refuse or supplement-notice");
      case "approve", "decide" -> {
        if (c.paused()) {
          throw CaseRejectedException.conflict(
              "status", "a special procedure is running; end it before deciding");
        }
        c.decide(now, approve, comment);
        clocks.complete(t, c.decisionClockId(), who);
        if ("decide".equals(w.step())) {
          c.complete(now);
        }
        cases.update(c);
        steps.complete(
            t,
            c,
            item,
            w,
            Map.of("approved", approve),
            approve ? "APPROVED" : "REJECTED",
            who,
            now);
        journal.record(
            t,
            c,
            approve ? "approved" : "rejected",
            who,
            "approver",
            now,
            c.outcomeReason(),
            true,
            null);
        if (c.status() == CaseStatus.COMPLETED) {
          journal.record(t, c, "completed", who, "clerk", now, null, true, null);
        }
      }
      case "deliver" -> {
        c.complete(now);
        cases.update(c);
        steps.complete(t, c, item, w, Map.of(), "DELIVERED", who, now);
        journal.record(t, c, "completed", who, "clerk", now, null, true, null);
      }
      default -> {
        if (c.paused()) {
          throw CaseRejectedException.conflict(
              "status", "a special procedure is running; end it first");
        }
        cases.update(c);
        steps.complete(t, c, item, w, Map.of(), "DONE", who, now);
        journal.record(
            t, c, w.step() + "-done", who, "reviewer", now, blankToNull(comment), false, null);
      }
    }
  }

  /**
   * Starts or ends a special procedure (hearing, testing, expert review ...): the decision clock
   * pauses for its duration, which the applicant is told in writing.
   */
  public CaseFile specialProcedure(
      TenantRef t, UUID caseId, boolean start, String kind, StaffActor actor) {
    return act(
        t,
        caseId,
        (c, item, now) -> {
          // staff of any step of the case: the window that accepted it tells the applicant
          boolean mine = workItems.byCase(c.id()).stream().anyMatch(w -> actor.holds(w.postCode()));
          if (!mine) {
            throw new cn.yangguang.casework.domain.NotYourTaskException(
                "only staff holding a step of the case may do this");
          }
          if (start && (kind == null || kind.isBlank())) {
            throw CaseRejectedException.invalid(
                "kind", "must say which special procedure (e.g. 听证, 检测, 专家评审)");
          }
          c.pause(start);
          if (start) {
            clocks.pause(
                t, c.decisionClockId(), "special procedure: " + kind.strip(), actor.username());
          } else {
            clocks.resume(t, c.decisionClockId(), actor.username());
          }
          cases.update(c);
          journal.record(
              t,
              c,
              start ? "procedure-started" : "procedure-ended",
              actor.username(),
              null,
              now,
              start ? kind.strip() : null,
              false,
              null);
        });
  }

  /** Records the fee charged; a charge that differs from the item's standard is flagged. */
  public CaseFile charge(TenantRef t, UUID caseId, BigDecimal amount, StaffActor actor) {
    return act(
        t,
        caseId,
        (c, item, now) -> {
          boolean mine = workItems.byCase(c.id()).stream().anyMatch(w -> actor.holds(w.postCode()));
          if (!mine) {
            throw new cn.yangguang.casework.domain.NotYourTaskException(
                "only staff of the case's posts may charge fees");
          }
          boolean flagged = c.charge(amount, allowedAmounts(item));
          cases.update(c);
          journal.record(
              t,
              c,
              "fee-charged",
              actor.username(),
              null,
              now,
              amount.toPlainString() + (flagged ? " (≠ 标准)" : ""),
              false,
              null);
          if (flagged) {
            outbox.publish(
                t,
                "case.fee-flagged",
                "case",
                c.id().toString(),
                Json.createObjectBuilder()
                    .add("number", c.number())
                    .add("charged", amount.toPlainString())
                    .add("standard", c.feeStandard().toPlainString())
                    .build()
                    .toString());
          }
        });
  }

  /**
   * The acceptance period ended with neither acceptance, refusal nor a supplement notice: the
   * application counts as accepted on receipt (Art. 32). Idempotent: nothing happens to a case that
   * is no longer waiting.
   */
  public void deemAccepted(TenantRef t, UUID caseId) {
    transactions.run(
        t,
        () -> {
          CaseFile c = cases.find(caseId).orElse(null);
          if (c == null
              || c.status() != CaseStatus.RECEIVED
              || !clocks.passed(t, c.acceptanceClockId(), clock.now())) {
            return;
          }
          ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
          Instant now = clock.now();
          WorkItem w =
              workItems.byCase(c.id()).stream()
                  .filter(x -> x.open() && "accept".equals(x.step()))
                  .findFirst()
                  .orElseThrow();
          accepted(t, c, item, w, true, SYSTEM, null, now);
        });
  }

  /**
   * Accepts on the open acceptance step: from receipt when the period had passed; the acceptance
   * clock stops, the decision clock starts and the applicant is told.
   */
  private void accepted(
      TenantRef t,
      CaseFile c,
      ItemFields item,
      WorkItem w,
      boolean passed,
      String who,
      String role,
      Instant now) {
    c.accept(now, passed);
    clocks.complete(t, c.acceptanceClockId(), who);
    c.clocks(null, clocks.startDecision(t, c.id(), item, c.acceptedAt(), who));
    cases.update(c);
    steps.complete(
        t, c, item, w, Map.of("accepted", true), passed ? "DEEMED" : "ACCEPTED", who, now);
    journal.record(t, c, "accepted", who, role, now, passed ? "deemed" : null, true, null);
  }

  /** The amounts an item's fee standard names (每件80元 → 80); empty when the item is free. */
  static Set<BigDecimal> allowedAmounts(ItemFields item) {
    if (item.fee() == null || !item.fee().charged() || item.fee().standard() == null) {
      return Set.of();
    }
    Set<BigDecimal> out = new java.util.HashSet<>();
    Matcher m = AMOUNT.matcher(item.fee().standard());
    while (m.find()) {
      out.add(new BigDecimal(m.group(1)));
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A change to one loaded case. */
  @FunctionalInterface
  private interface Change {
    void apply(CaseFile c, ItemFields item, Instant now);
  }

  private CaseFile act(TenantRef t, UUID caseId, Change change) {
    return transactions.call(
        t,
        () -> {
          CaseFile c =
              cases.find(caseId).orElseThrow(() -> new CaseNotFoundException("case " + caseId));
          ItemFields item = items.byId(c.itemVersionId()).orElseThrow().fields();
          change.apply(c, item, clock.now());
          return cases.find(caseId).orElseThrow();
        });
  }
}
