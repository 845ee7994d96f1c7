package cn.yangguang.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A month counted by hand, against the calculator. */
class PerformanceCalculatorTest {

  /**
   * Department A (window a1): 4 received (1 on the spot, 1 with a supplement notice), 2 completed
   * (1 on time), 1 violation, 2 ratings (one of 5, one of 2), 1 yellow card. Department B (window
   * b1): 2 received on the spot, both completed on time, nothing else. A case completed this month
   * but received last month counts as completed only.
   */
  static MonthFacts month() {
    List<MonthFacts.CaseLine> cases = new ArrayList<>();
    cases.add(line("A", "a1", true, false, true, true, true));
    cases.add(line("A", "a1", false, true, true, false, false));
    cases.add(line("A", "a1", false, false, true, true, false));
    cases.add(line("A", "a1", false, false, true, false, false));
    cases.add(line("B", "b1", true, false, true, true, true));
    cases.add(line("B", "b1", true, false, true, true, true));
    cases.add(line("B", "b1", false, false, false, true, true)); // received last month
    return new MonthFacts(
        cases,
        List.of(new MonthFacts.Line("A", "a1")),
        List.of(new MonthFacts.RatingLine("A", "a1", 5), new MonthFacts.RatingLine("A", "a1", 2)),
        List.of(new MonthFacts.CardLine("A", Card.Colour.YELLOW)));
  }

  @Test
  void departmentFiguresRatesScoresAndRanks() {
    List<PerformanceRow> rows =
        PerformanceCalculator.byDepartment(month(), Map.of("A", "甲局", "B", "乙局"));
    assertThat(rows).extracting(PerformanceRow::unit).containsExactly("B", "A");
    PerformanceRow a = rows.get(1);
    assertThat(a.name()).isEqualTo("甲局");
    assertThat(a.received()).isEqualTo(4);
    assertThat(a.immediate()).isEqualTo(1);
    assertThat(a.supplemented()).isEqualTo(1);
    assertThat(a.completed()).isEqualTo(2);
    assertThat(a.completedOnTime()).isEqualTo(1);
    assertThat(a.violations()).isEqualTo(1);
    assertThat(a.ratings()).isEqualTo(2);
    assertThat(a.satisfied()).isEqualTo(1);
    assertThat(a.yellowCards()).isEqualTo(1);
    assertThat(a.onTimeRate()).isEqualTo(0.5);
    assertThat(a.immediateShare()).isEqualTo(0.25);
    assertThat(a.supplementRate()).isEqualTo(0.25);
    assertThat(a.satisfaction()).isEqualTo(0.5);
    // 40 × .5 + 10 × .25 + 10 × .75 + 40 × .5 − 2 − 5 = 43
    assertThat(a.score()).isEqualTo(43.0);
    assertThat(a.veto()).isTrue();
    assertThat(a.rank()).isEqualTo(2);
    PerformanceRow b = rows.get(0);
    assertThat(b.received()).isEqualTo(2);
    assertThat(b.completed()).isEqualTo(3);
    assertThat(b.onTimeRate()).isEqualTo(1.0);
    assertThat(b.satisfaction()).isNull();
    assertThat(b.score()).isEqualTo(100.0);
    assertThat(b.veto()).isFalse();
  }

  @Test
  void windowsCountTheirCasesViolationsAndRatingsButNoCards() {
    List<PerformanceRow> rows = PerformanceCalculator.byWindow(month(), Map.of());
    PerformanceRow a1 = rows.stream().filter(r -> r.unit().equals("a1")).findFirst().orElseThrow();
    assertThat(a1.received()).isEqualTo(4);
    assertThat(a1.violations()).isEqualTo(1);
    assertThat(a1.ratings()).isEqualTo(2);
    assertThat(a1.yellowCards()).isZero();
    assertThat(a1.score()).isEqualTo(48.0);
  }

  @Test
  void aScoreNeverGoesBelowZero() {
    List<MonthFacts.Line> many = new ArrayList<>();
    for (int i = 0; i < 80; i++) {
      many.add(new MonthFacts.Line("A", null));
    }
    MonthFacts f = new MonthFacts(List.of(), many, List.of(), List.of());
    assertThat(PerformanceCalculator.byDepartment(f, Map.of()).get(0).score()).isZero();
  }

  private static MonthFacts.CaseLine line(
      String dept,
      String window,
      boolean immediate,
      boolean supplemented,
      boolean received,
      boolean completed,
      boolean onTime) {
    return new MonthFacts.CaseLine(
        UUID.randomUUID(), dept, window, immediate, supplemented, received, completed, onTime);
  }
}
