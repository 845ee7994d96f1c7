package cn.yangguang.disclosure.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One outcome list: every outcome has its article and a row, and every row of 三 has an outcome. */
class OutcomeTest {

  @Test
  void everyRowOfSectionThreeIsReachable() {
    Set<ReportRow> used =
        Arrays.stream(Outcome.values())
            .map(Outcome::row)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReportRow.class)));
    assertThat(used).containsExactlyInAnyOrder(ReportRow.values());
  }

  @Test
  void partialDisclosureIsRowTwoAndEveryOutcomeCitesItsArticle() {
    assertThat(Outcome.PARTIAL.row()).isEqualTo(ReportRow.R2);
    assertThat(Outcome.PARTIAL.article()).isEqualTo("37");
    assertThat(Outcome.ABANDONED_NO_SUPPLEMENT.row()).isEqualTo(ReportRow.R6_1);
    assertThat(Outcome.ABANDONED_FEE_UNPAID.row()).isEqualTo(ReportRow.R6_2);
    assertThat(Outcome.values()).allSatisfy(o -> assertThat(o.article()).isNotBlank());
    assertThat(ReportRow.R3_4.group()).isEqualTo(3);
  }
}
