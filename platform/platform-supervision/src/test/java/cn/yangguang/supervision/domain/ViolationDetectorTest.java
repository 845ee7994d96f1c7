package cn.yangguang.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each rule fires on a case showing its sign and not on a clean case. */
class ViolationDetectorTest {

  static final Instant T0 = Instant.parse("2026-11-02T01:00:00Z");
  static final UUID CASE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
  static final RiskPoint FEE_RISK =
      new RiskPoint(UUID.randomUUID(), "fee", null, 1, "多收费", "收费标准取自目录");

  final ViolationDetector detector =
      new ViolationDetector(RuleSettings.defaults(), List.of(FEE_RISK));

  @Test
  void aCleanCaseHasNoHit() {
    assertThat(detector.detect(clean().build(), T0.plus(Duration.ofDays(3)), List.of())).isEmpty();
  }

  @Test
  void anOverdueDecisionClockIsACaseViolationAndAStepClockAStepViolation() {
    Facts f = clean();
    UUID decision = UUID.randomUUID();
    UUID review = UUID.randomUUID();
    f.clocks.add(clock(decision, "decision", "OVERDUE", "RUNNING", T0.plus(Duration.ofDays(20))));
    f.clocks.add(clock(review, "review", "OVERDUE", "RUNNING", T0.plus(Duration.ofDays(8))));
    List<Hit> hits = detector.detect(f.build(), T0.plus(Duration.ofDays(30)), List.of("outbox:e1"));
    assertThat(hits)
        .extracting(Hit::rule)
        .containsExactlyInAnyOrder(ViolationRule.OVERDUE_CASE, ViolationRule.OVERDUE_STEP);
    Hit h = hits.stream().filter(x -> x.rule() == ViolationRule.OVERDUE_CASE).findFirst().get();
    assertThat(h.evidence())
        .containsEntry("clock", decision.toString())
        .containsEntry("caseNumber", "JS-1");
    assertThat(h.eventIds()).containsExactly("outbox:e1");
    assertThat(h.subjectKey()).isEqualTo(CASE + ":" + decision);
  }

  @Test
  void aToleranceDelaysTheOverdueRuleAndADisabledRuleNeverFires() {
    Facts f = clean();
    f.clocks.add(clock(UUID.randomUUID(), "decision", "OVERDUE", "RUNNING", T0));
    RuleSettings tolerant =
        new RuleSettings(List.of(new RuleSetting(ViolationRule.OVERDUE_CASE, true, 48)));
    assertThat(
            new ViolationDetector(tolerant, List.of())
                .detect(f.build(), T0.plusSeconds(3600), List.of()))
        .isEmpty();
    assertThat(
            new ViolationDetector(tolerant, List.of())
                .detect(f.build(), T0.plus(Duration.ofDays(3)), List.of()))
        .hasSize(1);
    RuleSettings off =
        new RuleSettings(List.of(new RuleSetting(ViolationRule.OVERDUE_CASE, false, 0)));
    assertThat(
            new ViolationDetector(off, List.of())
                .detect(f.build(), T0.plus(Duration.ofDays(9)), List.of()))
        .isEmpty();
  }

  @Test
  void aClockCompletedLateCountsAndOneCompletedInTimeDoesNot() {
    Facts f = clean();
    f.clocks.add(
        new CaseFacts.ClockFact(
            UUID.randomUUID(), "approve", "OVERDUE", "COMPLETED", T0, T0.plusSeconds(7200), false));
    f.clocks.add(
        new CaseFacts.ClockFact(
            UUID.randomUUID(), "review", "GREEN", "COMPLETED", T0, T0.minusSeconds(60), true));
    assertThat(detector.detect(f.build(), T0.plus(Duration.ofDays(1)), List.of()))
        .extracting(Hit::step)
        .containsExactly("approve");
  }

  @Test
  void aFeeDifferingFromTheStandardIsAViolationWithExpectedAndActualOnALevelOneRiskPoint() {
    Facts f = clean();
    f.feeStandard = new BigDecimal("80.00");
    f.feeCharged = new BigDecimal("100.00");
    f.flagged = true;
    f.journal.add(
        new CaseFacts.JournalEntry(4, T0.plusSeconds(600), "fee-charged", "clerk", "100"));
    List<Hit> hits = detector.detect(f.build(), T0.plusSeconds(700), List.of());
    assertThat(hits)
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.rule()).isEqualTo(ViolationRule.FEE_DIFFERS);
              assertThat(h.evidence())
                  .containsEntry("expected", "80.00")
                  .containsEntry("actual", "100.00");
              assertThat(h.riskLevel()).isEqualTo(1);
              assertThat(h.eventIds()).containsExactly("case-event:4");
            });
    // within a tolerance of 20 yuan it is not
    RuleSettings tolerant =
        new RuleSettings(List.of(new RuleSetting(ViolationRule.FEE_DIFFERS, true, 20)));
    assertThat(new ViolationDetector(tolerant, List.of()).detect(f.build(), T0, List.of()))
        .isEmpty();
  }

  @Test
  void theExpectedFeeIsTheStandardAmountNearestToTheCharge() {
    Facts f = clean();
    f.feeRule = "住宅类 80 元/件；非住宅类 550 元/件";
    f.feeStandard = new BigDecimal("550.00");
    f.feeCharged = new BigDecimal("100.00");
    f.flagged = true;
    assertThat(detector.detect(f.build(), T0, List.of()))
        .singleElement()
        .satisfies(
            h ->
                assertThat(h.evidence())
                    .containsEntry("expected", "80.00")
                    .containsEntry("actual", "100.00")
                    .containsEntry("standard", "住宅类 80 元/件；非住宅类 550 元/件"));
  }

  @Test
  void aSecondSupplementNoticeIsRepeated() {
    Facts f = clean();
    f.journal.add(
        1, new CaseFacts.JournalEntry(2, T0.plusSeconds(60), "supplement-requested", "c", null));
    assertThat(detector.detect(f.build(), T0, List.of())).isEmpty();
    f.journal.add(
        2, new CaseFacts.JournalEntry(3, T0.plusSeconds(120), "supplement-requested", "c", null));
    assertThat(detector.detect(renumber(f).build(), T0, List.of()))
        .extracting(Hit::rule)
        .containsExactly(ViolationRule.REPEATED_SUPPLEMENT);
  }

  @Test
  void aDecisionBeforeAcceptanceOrAnActionAfterCompletionIsOutOfProcess() {
    Facts f = new Facts();
    f.journal.add(new CaseFacts.JournalEntry(1, T0, "received", "resident1", null));
    f.journal.add(
        new CaseFacts.JournalEntry(2, T0.plus(Duration.ofDays(1)), "approved", "approver", null));
    f.journal.add(
        new CaseFacts.JournalEntry(3, T0.plus(Duration.ofDays(2)), "accepted", "clerk", null));
    f.journal.add(
        new CaseFacts.JournalEntry(4, T0.plus(Duration.ofDays(3)), "completed", "clerk", null));
    f.journal.add(
        new CaseFacts.JournalEntry(5, T0.plus(Duration.ofDays(4)), "review-done", "r", null));
    List<Hit> hits = detector.detect(f.build(), T0.plus(Duration.ofDays(5)), List.of());
    assertThat(hits)
        .extracting(h -> h.evidence().get("why"))
        .containsExactly("before-acceptance", "after-completed");
  }

  @Test
  void aCaseRegisteredLongAfterReceiptOrDecidedOnEntryShowsHandlingOutsideTheCentre() {
    Facts late = clean();
    late.registeredAt = T0.plus(Duration.ofDays(40));
    assertThat(detector.detect(late.build(), T0.plus(Duration.ofDays(41)), List.of()))
        .singleElement()
        .satisfies(h -> assertThat(h.evidence()).containsEntry("sign", "late-registration"));

    Facts onEntry = new Facts();
    onEntry.journal.add(new CaseFacts.JournalEntry(1, T0, "received", "js.clerk", null));
    onEntry.journal.add(
        new CaseFacts.JournalEntry(2, T0.plusSeconds(30), "accepted", "js.clerk", null));
    onEntry.journal.add(
        new CaseFacts.JournalEntry(3, T0.plusSeconds(60), "review-done", "js.clerk", null));
    onEntry.journal.add(
        new CaseFacts.JournalEntry(4, T0.plusSeconds(90), "approved", "js.clerk", null));
    assertThat(detector.detect(onEntry.build(), T0.plusSeconds(100), List.of()))
        .singleElement()
        .satisfies(h -> assertThat(h.evidence()).containsEntry("sign", "decided-on-entry"));
    // the same speed by different people is not a sign
    onEntry.journal.set(
        3, new CaseFacts.JournalEntry(4, T0.plusSeconds(90), "approved", "js.approver", null));
    assertThat(detector.detect(onEntry.build(), T0.plusSeconds(100), List.of())).isEmpty();
  }

  private static CaseFacts.ClockFact clock(
      UUID id, String step, String level, String status, Instant due) {
    return new CaseFacts.ClockFact(id, step, level, status, due, null, null);
  }

  private static Facts clean() {
    Facts f = new Facts();
    f.journal.add(new CaseFacts.JournalEntry(1, T0, "received", "resident1", null));
    f.journal.add(new CaseFacts.JournalEntry(2, T0.plusSeconds(3600), "accepted", "clerk", null));
    f.journal.add(
        new CaseFacts.JournalEntry(
            3, T0.plus(Duration.ofDays(2)), "review-done", "reviewer", null));
    f.clocks.add(
        new CaseFacts.ClockFact(
            UUID.randomUUID(),
            "decision",
            "GREEN",
            "RUNNING",
            T0.plus(Duration.ofDays(28)),
            null,
            null));
    return f;
  }

  private static Facts renumber(Facts f) {
    List<CaseFacts.JournalEntry> j = new ArrayList<>();
    for (int i = 0; i < f.journal.size(); i++) {
      CaseFacts.JournalEntry e = f.journal.get(i);
      j.add(new CaseFacts.JournalEntry(i + 1, e.at(), e.kind(), e.actor(), e.note()));
    }
    f.journal.clear();
    f.journal.addAll(j);
    return f;
  }

  /** A case's facts under construction. */
  static final class Facts {
    final List<CaseFacts.JournalEntry> journal = new ArrayList<>();
    final List<CaseFacts.ClockFact> clocks = new ArrayList<>();
    Instant registeredAt = T0;
    String feeRule;
    BigDecimal feeStandard;
    BigDecimal feeCharged;
    boolean flagged;

    CaseFacts build() {
      return new CaseFacts(
          CASE,
          "JS-1",
          "422822-FGJ-0002",
          "jsx-fgj",
          "PROMISE",
          "ACCEPTED",
          T0,
          registeredAt,
          feeRule,
          feeStandard,
          feeCharged,
          flagged,
          journal,
          clocks);
    }
  }
}
