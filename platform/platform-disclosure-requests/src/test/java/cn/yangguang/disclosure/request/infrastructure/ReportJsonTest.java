package cn.yangguang.disclosure.request.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.RequestRepository;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.disclosure.request.domain.Table3;
import cn.yangguang.disclosure.request.domain.Table4;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A published report's frozen tables read back exactly as they were written. */
class ReportJsonTest {

  @Test
  void aFrozenReportRoundTrips() {
    Table3 t3 =
        Table3.count(
            2025,
            List.of(
                new RequestRepository.ReportFacts(
                    ApplicantType.COMMERCIAL,
                    LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 3, 9),
                    ReportRow.R2),
                new RequestRepository.ReportFacts(
                    ApplicantType.NATURAL_PERSON, LocalDate.of(2025, 12, 30), null, null)),
            null);
    AnnualReport r =
        new AnnualReport(
            "jsx-mzj",
            2025,
            new Table2(
                new Table2.DocumentCounts(1, 0, 3),
                new Table2.DocumentCounts(2, 1, 5),
                7,
                2,
                1,
                new BigDecimal("0.0080")),
            t3,
            new Table4(new int[] {1, 0, 0, 1}, new int[] {0, 1, 0, 0}, new int[4]),
            new Narrative("总体情况", "问题", "其他"),
            AnnualReport.Status.PUBLISHED,
            Instant.parse("2026-01-20T02:00:00Z"),
            UUID.randomUUID());
    AnnualReport back = ReportJson.read(ReportJson.write(r));
    assertThat(back).isEqualTo(r);
    assertThat(back.table3().outcomes().get(ReportRow.R2).of(ApplicantType.COMMERCIAL))
        .isEqualTo(1);
    assertThat(back.table3().carriedOut().total()).isEqualTo(1);
  }
}
