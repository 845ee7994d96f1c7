package cn.yangguang.disclosure.request.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Table3Test {

  static RequestRepository.ReportFacts f(ApplicantType t, String in, String out, ReportRow row) {
    return new RequestRepository.ReportFacts(
        t, LocalDate.parse(in), out == null ? null : LocalDate.parse(out), row);
  }

  static final List<RequestRepository.ReportFacts> FACTS =
      List.of(
          f(ApplicantType.NATURAL_PERSON, "2024-12-20", "2025-01-06", ReportRow.R1),
          f(ApplicantType.COMMERCIAL, "2025-03-01", "2025-03-20", ReportRow.R2),
          f(ApplicantType.NATURAL_PERSON, "2025-05-01", "2025-05-20", ReportRow.R3_4),
          f(ApplicantType.NATURAL_PERSON, "2025-12-30", "2026-01-10", ReportRow.R1),
          f(ApplicantType.RESEARCH, "2025-12-31", null, null),
          f(ApplicantType.NATURAL_PERSON, "2026-01-02", null, null));

  @Test
  void countsEveryRowAndChecksTheBalance() {
    Table3 t =
        Table3.count(
            2025,
            FACTS.stream()
                .filter(x -> !x.receivedOn().isAfter(LocalDate.of(2025, 12, 31)))
                .toList(),
            null);
    assertThat(t.received().total()).isEqualTo(4);
    assertThat(t.carriedIn().total()).isEqualTo(1);
    assertThat(t.outcomes().get(ReportRow.R2).of(ApplicantType.COMMERCIAL)).isEqualTo(1);
    assertThat(t.outcomeTotal().total()).isEqualTo(3);
    assertThat(t.carriedOut().total()).isEqualTo(2);
    assertThat(t.group(3).total()).isEqualTo(1);
    assertThat(t.balanced()).isTrue();
    assertThat(t.carriedInFromReport()).isFalse();
  }

  @Test
  void carriedInComesFromLastYearsReportAndAMismatchShows() {
    int[] frozen = new int[ApplicantType.values().length];
    frozen[ApplicantType.NATURAL_PERSON.ordinal()] = 2; // the published 2024 report said 2
    Table3 t = Table3.count(2025, FACTS, new Table3.Counts(frozen));
    assertThat(t.carriedInFromReport()).isTrue();
    assertThat(t.carriedIn().total()).isEqualTo(2);
    assertThat(t.balanced()).isFalse();
    assertThat(t.unbalancedColumns()).containsExactly(ApplicantType.NATURAL_PERSON);
  }
}
