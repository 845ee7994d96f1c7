package cn.yangguang.supervision.application;

import cn.yangguang.api.tenant.TenantRef;
import cn.yangguang.api.time.PlatformClock;
import cn.yangguang.kernel.audit.AuditTrail;
import cn.yangguang.kernel.outbox.Outbox;
import cn.yangguang.kernel.tenancy.application.TenantTransactions;
import cn.yangguang.supervision.domain.CaseObservations;
import cn.yangguang.supervision.domain.Hit;
import cn.yangguang.supervision.domain.RiskPointRepository;
import cn.yangguang.supervision.domain.RuleSetting;
import cn.yangguang.supervision.domain.RuleSettings;
import cn.yangguang.supervision.domain.SupervisionRejectedException;
import cn.yangguang.supervision.domain.Violation;
import cn.yangguang.supervision.domain.ViolationDetector;
import cn.yangguang.supervision.domain.ViolationRepository;
import cn.yangguang.supervision.domain.ViolationRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Detects violations on a county's cases and keeps what supervisors decide about them (ADR 0049).
 * Detection is idempotent: examining a case again records only hits not seen before, so the event
 * listener, the scan at start and a supervisor's scan may all run on any node.
 */
@ApplicationScoped
public class ViolationDetection {

  /** The most cases one scan examines. */
  static final int SCAN_LIMIT = 5000;

  @Inject TenantTransactions transactions;
  @Inject CaseObservations cases;
  @Inject ViolationRepository violations;
  @Inject RiskPointRepository riskPoints;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject PlatformClock clock;

  /**
   * Examines one case; returns how many new violations were recorded.
   *
   * @param eventIds the events that prompted the look, kept as evidence
   */
  public int examine(TenantRef t, UUID caseId, List<String> eventIds) {
    return transactions.call(t, () -> examineHere(t, caseId, eventIds, detector()));
  }

  /** Examines every case showing a sign; returns how many new violations were recorded. */
  public int scan(TenantRef t, String actor) {
    return transactions.call(
        t,
        () -> {
          ViolationDetector detector = detector();
          int found = 0;
          for (UUID id : cases.suspects(SCAN_LIMIT)) {
            found += examineHere(t, id, List.of(), detector);
          }
          if (!actor.startsWith("system:")) {
            audit.record(
                t,
                actor,
                "supervisor",
                "supervision",
                null,
                "supervision.scan",
                Json.createObjectBuilder().add("found", found).build().toString());
          }
          return found;
        });
  }

  /** The county's rule settings. */
  public RuleSettings settings(TenantRef t) {
    return transactions.call(t, () -> new RuleSettings(violations.settings()));
  }

  /** Changes one rule's setting (audited). */
  public void configure(TenantRef t, RuleSetting s, String actor) {
    transactions.run(
        t,
        () -> {
          RuleSetting before = new RuleSettings(violations.settings()).of(s.rule());
          violations.saveSetting(s, actor, clock.now());
          audit.record(
              t,
              actor,
              "supervisor",
              "supervision-rule",
              s.rule().name(),
              "supervision.rule",
              Json.createObjectBuilder()
                  .add("enabledBefore", before.enabled())
                  .add("thresholdBefore", before.threshold())
                  .add("enabled", s.enabled())
                  .add("threshold", s.threshold())
                  .build()
                  .toString());
        });
  }

  public List<Violation> list(TenantRef t, ViolationRule rule, Violation.Status status, int limit) {
    return transactions.call(t, () -> violations.list(rule, status, limit));
  }

  public Violation find(TenantRef t, UUID id) {
    return transactions.call(
        t,
        () ->
            violations
                .find(id)
                .orElseThrow(() -> SupervisionRejectedException.notFound("violation " + id)));
  }

  public Map<ViolationRule, Integer> openByRule(TenantRef t) {
    return transactions.call(t, violations::openByRule);
  }

  /** A supervisor confirms or dismisses an open violation, with a note (audited). */
  public Violation handle(
      TenantRef t, UUID id, Violation.Status status, String note, String actor) {
    if (status == Violation.Status.OPEN) {
      throw SupervisionRejectedException.invalid("status", "must be CONFIRMED or DISMISSED");
    }
    String why = SupervisionRejectedException.text("note", note, 2000);
    return transactions.call(
        t,
        () -> {
          Violation v =
              violations
                  .find(id)
                  .orElseThrow(() -> SupervisionRejectedException.notFound("violation " + id));
          if (!violations.handle(id, status, actor, clock.now(), why)) {
            throw SupervisionRejectedException.conflict("violation was already " + v.status());
          }
          audit.record(
              t,
              actor,
              "supervisor",
              "violation",
              id.toString(),
              "supervision.violation." + status.name().toLowerCase(java.util.Locale.ROOT),
              Json.createObjectBuilder()
                  .add("rule", v.rule().name())
                  .add("case", v.caseNumber() == null ? "" : v.caseNumber())
                  .add("note", why)
                  .build()
                  .toString());
          return violations.find(id).orElseThrow();
        });
  }

  private ViolationDetector detector() {
    return new ViolationDetector(new RuleSettings(violations.settings()), riskPoints.all());
  }

  private int examineHere(
      TenantRef t, UUID caseId, List<String> eventIds, ViolationDetector detector) {
    var facts = cases.facts(caseId);
    if (facts.isEmpty()) {
      return 0;
    }
    Instant now = clock.now();
    int found = 0;
    for (Hit h : detector.detect(facts.get(), now, eventIds)) {
      Violation v = Violation.of(h, UUID.randomUUID(), now);
      if (violations.addOnce(v)) {
        found++;
        outbox.publish(
            t,
            "supervision.violation-detected",
            "violation",
            v.id().toString(),
            Json.createObjectBuilder()
                .add("rule", v.rule().name())
                .add("case", v.caseNumber())
                .add("department", v.departmentCode() == null ? "" : v.departmentCode())
                .build()
                .toString());
      }
    }
    return found;
  }
}
