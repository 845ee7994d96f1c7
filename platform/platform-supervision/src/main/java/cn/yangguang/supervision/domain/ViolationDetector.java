package cn.yangguang.supervision.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies the enabled rules to one case's facts (ADR 0049). Pure: the same facts, settings and time
 * give the same hits, so detection can run again at any time and the store keeps each hit once.
 */
public final class ViolationDetector {

  /**
   * Minutes within which a decision recorded by the registering account means "decided on entry".
   */
  public static final int DECIDED_ON_ENTRY_MINUTES = 30;

  private static final Set<String> CASE_CLOCKS = Set.of("acceptance", "decision");
  private static final Set<String> DECISIONS = Set.of("approved", "rejected");
  private static final Set<String> FINAL = Set.of("refused", "completed");

  private final RuleSettings settings;
  private final List<RiskPoint> riskPoints;

  public ViolationDetector(RuleSettings settings, List<RiskPoint> riskPoints) {
    this.settings = settings;
    this.riskPoints = List.copyOf(riskPoints);
  }

  /**
   * The hits of every enabled rule on this case at {@code now}.
   *
   * @param eventIds the events that prompted this look (added to each hit's evidence)
   */
  public List<Hit> detect(CaseFacts c, Instant now, List<String> eventIds) {
    List<Hit> hits = new ArrayList<>();
    overdue(c, now, eventIds, hits);
    fee(c, eventIds, hits);
    supplements(c, eventIds, hits);
    outOfProcess(c, eventIds, hits);
    outsideCentre(c, eventIds, hits);
    return hits;
  }

  private void overdue(CaseFacts c, Instant now, List<String> eventIds, List<Hit> hits) {
    for (CaseFacts.ClockFact k : c.clocks()) {
      ViolationRule rule =
          CASE_CLOCKS.contains(k.step()) ? ViolationRule.OVERDUE_CASE : ViolationRule.OVERDUE_STEP;
      if (!settings.enabled(rule) || !k.overdue(now, settings.threshold(rule))) {
        continue;
      }
      Map<String, String> evidence = base(c);
      evidence.put("step", k.step());
      evidence.put("clock", k.clockId().toString());
      evidence.put("dueAt", k.dueAt().toString());
      evidence.put("clockStatus", k.status());
      evidence.put("level", k.level());
      if (k.completedAt() != null) {
        evidence.put("completedAt", k.completedAt().toString());
      }
      hits.add(
          hit(rule, c, c.caseId() + ":" + k.clockId(), k.step(), k.dueAt(), evidence, eventIds));
    }
  }

  private void fee(CaseFacts c, List<String> eventIds, List<Hit> hits) {
    BigDecimal nearest = c.nearestStandard();
    if (!settings.enabled(ViolationRule.FEE_DIFFERS) || !c.feeFlagged() || nearest == null) {
      return;
    }
    BigDecimal difference = c.feeCharged().subtract(nearest).abs();
    if (difference.compareTo(BigDecimal.valueOf(settings.threshold(ViolationRule.FEE_DIFFERS)))
        <= 0) {
      return;
    }
    Optional<CaseFacts.JournalEntry> charge = last(c, "fee-charged");
    Map<String, String> evidence = base(c);
    evidence.put("expected", nearest.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
    evidence.put("actual", c.feeCharged().toPlainString());
    if (c.feeRule() != null) {
      evidence.put("standard", c.feeRule());
    }
    charge.ifPresent(e -> evidence.put("chargedBy", e.actor()));
    hits.add(
        hit(
            ViolationRule.FEE_DIFFERS,
            c,
            c.caseId() + ":fee:" + c.feeCharged().stripTrailingZeros().toPlainString(),
            "fee",
            charge.map(CaseFacts.JournalEntry::at).orElse(c.receivedAt()),
            evidence,
            with(eventIds, charge)));
  }

  private void supplements(CaseFacts c, List<String> eventIds, List<Hit> hits) {
    if (!settings.enabled(ViolationRule.REPEATED_SUPPLEMENT)) {
      return;
    }
    List<CaseFacts.JournalEntry> notices =
        c.journal().stream().filter(e -> "supplement-requested".equals(e.kind())).toList();
    int allowed = settings.threshold(ViolationRule.REPEATED_SUPPLEMENT);
    if (notices.size() <= allowed) {
      return;
    }
    Map<String, String> evidence = base(c);
    evidence.put("expected", "≤ " + allowed);
    evidence.put("actual", Integer.toString(notices.size()));
    List<String> ids = new ArrayList<>(eventIds);
    notices.forEach(n -> ids.add("case-event:" + n.seq()));
    hits.add(
        hit(
            ViolationRule.REPEATED_SUPPLEMENT,
            c,
            c.caseId() + ":supplement",
            "accept",
            notices.get(allowed).at(),
            evidence,
            ids));
  }

  private void outOfProcess(CaseFacts c, List<String> eventIds, List<Hit> hits) {
    if (!settings.enabled(ViolationRule.OUT_OF_PROCESS)) {
      return;
    }
    boolean accepted = false;
    String finalKind = null;
    for (CaseFacts.JournalEntry e : c.journal()) {
      String why = null;
      if (finalKind != null && !e.kind().equals("fee-charged")) {
        why = "after-" + finalKind;
      } else if (!accepted && (DECISIONS.contains(e.kind()) || isStepDone(e.kind()))) {
        why = "before-acceptance";
      } else if (!accepted && "completed".equals(e.kind())) {
        why = "before-acceptance";
      }
      if (why != null) {
        Map<String, String> evidence = base(c);
        evidence.put("action", e.kind());
        evidence.put("actor", e.actor());
        evidence.put("expected", why.equals("before-acceptance") ? "accepted" : "none");
        evidence.put("actual", e.kind());
        evidence.put("why", why);
        hits.add(
            hit(
                ViolationRule.OUT_OF_PROCESS,
                c,
                c.caseId() + ":process:" + e.seq(),
                stepOf(e.kind()),
                e.at(),
                evidence,
                with(eventIds, Optional.of(e))));
      }
      if ("accepted".equals(e.kind())) {
        accepted = true;
      }
      if (FINAL.contains(e.kind()) && finalKind == null) {
        finalKind = e.kind();
      }
    }
  }

  private void outsideCentre(CaseFacts c, List<String> eventIds, List<Hit> hits) {
    if (!settings.enabled(ViolationRule.OUTSIDE_CENTRE) || c.registeredAt() == null) {
      return;
    }
    Duration lag = Duration.between(c.receivedAt(), c.registeredAt());
    int tolerated = settings.threshold(ViolationRule.OUTSIDE_CENTRE);
    if (lag.toHours() > tolerated) {
      Map<String, String> evidence = base(c);
      evidence.put("sign", "late-registration");
      evidence.put("receivedAt", c.receivedAt().toString());
      evidence.put("registeredAt", c.registeredAt().toString());
      evidence.put("expected", "≤ " + tolerated + " h");
      evidence.put("actual", lag.toHours() + " h");
      hits.add(
          hit(
              ViolationRule.OUTSIDE_CENTRE,
              c,
              c.caseId() + ":late-registration",
              "accept",
              c.registeredAt(),
              evidence,
              with(eventIds, first(c, "received"))));
    }
    decidedOnEntry(c, eventIds, hits);
  }

  /**
   * A 承诺件 whose registration, acceptance and decision one account recorded within minutes: the
   * decision was taken before the case entered the centre's system.
   */
  private void decidedOnEntry(CaseFacts c, List<String> eventIds, List<Hit> hits) {
    if ("INSTANT".equals(c.template())) {
      return;
    }
    Optional<CaseFacts.JournalEntry> received = first(c, "received");
    Optional<CaseFacts.JournalEntry> decision =
        c.journal().stream().filter(e -> DECISIONS.contains(e.kind())).findFirst();
    if (received.isEmpty() || decision.isEmpty()) {
      return;
    }
    Instant registered = c.registeredAt();
    Duration taken = Duration.between(registered, decision.get().at());
    if (taken.isNegative() || taken.toMinutes() >= DECIDED_ON_ENTRY_MINUTES) {
      return;
    }
    String actor = received.get().actor();
    boolean oneAccount =
        c.journal().stream()
            .filter(e -> e.seq() <= decision.get().seq())
            .allMatch(e -> actor.equals(e.actor()));
    if (!oneAccount) {
      return;
    }
    Map<String, String> evidence = base(c);
    evidence.put("sign", "decided-on-entry");
    evidence.put("registeredAt", registered.toString());
    evidence.put("decidedAt", decision.get().at().toString());
    evidence.put("actor", actor);
    evidence.put("expected", "≥ " + DECIDED_ON_ENTRY_MINUTES + " min");
    evidence.put("actual", taken.toMinutes() + " min");
    hits.add(
        hit(
            ViolationRule.OUTSIDE_CENTRE,
            c,
            c.caseId() + ":decided-on-entry",
            "approve",
            decision.get().at(),
            evidence,
            with(eventIds, decision)));
  }

  private Hit hit(
      ViolationRule rule,
      CaseFacts c,
      String key,
      String step,
      Instant at,
      Map<String, String> evidence,
      List<String> eventIds) {
    Integer risk =
        step == null
            ? null
            : riskPoints.stream()
                .filter(p -> p.monitored() && p.covers(step, c.itemKey()))
                .map(RiskPoint::level)
                .min(Comparator.naturalOrder())
                .orElse(null);
    return new Hit(
        rule,
        key,
        c.caseId(),
        c.caseNumber(),
        c.departmentCode(),
        step,
        risk,
        at,
        evidence,
        eventIds);
  }

  private static Map<String, String> base(CaseFacts c) {
    Map<String, String> evidence = new LinkedHashMap<>();
    evidence.put("caseNumber", c.caseNumber());
    if (c.itemKey() != null) {
      evidence.put("item", c.itemKey());
    }
    return evidence;
  }

  private static List<String> with(List<String> eventIds, Optional<CaseFacts.JournalEntry> e) {
    List<String> ids = new ArrayList<>(eventIds);
    e.ifPresent(x -> ids.add("case-event:" + x.seq()));
    return ids;
  }

  private static Optional<CaseFacts.JournalEntry> first(CaseFacts c, String kind) {
    return c.journal().stream().filter(e -> kind.equals(e.kind())).findFirst();
  }

  private static Optional<CaseFacts.JournalEntry> last(CaseFacts c, String kind) {
    return c.journal().stream().filter(e -> kind.equals(e.kind())).reduce((a, b) -> b);
  }

  private static boolean isStepDone(String kind) {
    return kind.endsWith("-done") && !kind.equals("forward-done");
  }

  private static String stepOf(String kind) {
    if (kind.endsWith("-done")) {
      return kind.substring(0, kind.length() - "-done".length());
    }
    return DECISIONS.contains(kind) ? "approve" : kind.equals("completed") ? "deliver" : null;
  }
}
