package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.Narrative;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.disclosure.request.domain.Table3;
import cn.yangguang.disclosure.request.domain.Table4;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An annual report as JSON: Table 3's rows as maps from applicant type (and {@code TOTAL}) to
 * counts, with the check's result.
 */
public record ReportView(
    String agency,
    int year,
    String status,
    LocalDate dueOn,
    Instant publishedAt,
    UUID documentId,
    Table2 table2,
    Map<String, Map<String, Integer>> table3,
    boolean balanced,
    List<String> unbalancedColumns,
    boolean carriedInFromReport,
    Table4 table4,
    Narrative narrative) {

  static ReportView of(AnnualReport r) {
    Table3 t = r.table3();
    Map<String, Map<String, Integer>> rows = new LinkedHashMap<>();
    rows.put("received", counts(t.received()));
    rows.put("carriedIn", counts(t.carriedIn()));
    for (ReportRow row : ReportRow.values()) {
      rows.put(row.name(), counts(t.outcomes().get(row)));
    }
    rows.put("outcomeTotal", counts(t.outcomeTotal()));
    rows.put("carriedOut", counts(t.carriedOut()));
    return new ReportView(
        r.agencyCode(),
        r.year(),
        r.status().name(),
        r.dueOn(),
        r.publishedAt(),
        r.documentId(),
        r.table2(),
        rows,
        t.balanced(),
        t.unbalancedColumns().stream().map(Enum::name).toList(),
        t.carriedInFromReport(),
        r.table4(),
        r.narrative());
  }

  private static Map<String, Integer> counts(Table3.Counts c) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (ApplicantType a : ApplicantType.values()) {
      m.put(a.name(), c.of(a));
    }
    m.put("TOTAL", c.total());
    return m;
  }
}
