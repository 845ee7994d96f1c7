package cn.yangguang.disclosure.request.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Table 3 of the annual report: requests by applicant type (the columns) in the rows 一 本年新收, 二
 * 上年结转, 三 办理结果 by outcome row with (七) 总计, and 四 结转下年度继续办理. Every row is counted from the requests
 * themselves, and 一 + 二 = 三(七) + 四 is then CHECKED per column, never forced by computing a row as
 * the remainder: a request entered late, a report frozen before a correction or a closing date in
 * the future shows up as an imbalance.
 *
 * @param carriedInFromReport whether 二 was taken from last year's published report (else counted)
 */
public record Table3(
    int year,
    Counts received,
    Counts carriedIn,
    Map<ReportRow, Counts> outcomes,
    Counts outcomeTotal,
    Counts carriedOut,
    boolean carriedInFromReport) {

  /** One row: a count per applicant type (the order of {@link ApplicantType}) and the total. */
  public record Counts(int[] byType) {

    public Counts {
      byType = Arrays.copyOf(byType, ApplicantType.values().length);
    }

    /** All zero. */
    public static Counts zero() {
      return new Counts(new int[ApplicantType.values().length]);
    }

    /** The count of one column. */
    public int of(ApplicantType t) {
      return byType[t.ordinal()];
    }

    /** 总计. */
    public int total() {
      return Arrays.stream(byType).sum();
    }

    Counts plus(ApplicantType t) {
      int[] c = byType.clone();
      c[t.ordinal()]++;
      return new Counts(c);
    }

    Counts plus(Counts o) {
      int[] c = byType.clone();
      for (int i = 0; i < c.length; i++) {
        c[i] += o.byType[i];
      }
      return new Counts(c);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Counts c && Arrays.equals(byType, c.byType);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(byType);
    }

    @Override
    public String toString() {
      return Arrays.toString(byType);
    }
  }

  /**
   * Counts a year.
   *
   * @param facts every request received up to the end of the year
   * @param lastYearsCarriedOut 四 of last year's published report, or null to count 二 from the
   *     requests open at the start of the year
   */
  public static Table3 count(
      int year, List<RequestRepository.ReportFacts> facts, Counts lastYearsCarriedOut) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate last = LocalDate.of(year, 12, 31);
    Counts received = Counts.zero();
    Counts openAtStart = Counts.zero();
    Counts openAtEnd = Counts.zero();
    Map<ReportRow, Counts> rows = new EnumMap<>(ReportRow.class);
    for (ReportRow r : ReportRow.values()) {
      rows.put(r, Counts.zero());
    }
    for (RequestRepository.ReportFacts f : facts) {
      if (f.receivedOn().isAfter(last)) {
        continue;
      }
      if (!f.receivedOn().isBefore(first)) {
        received = received.plus(f.type());
      } else if (f.closedOn() == null || !f.closedOn().isBefore(first)) {
        openAtStart = openAtStart.plus(f.type());
      }
      boolean closedInYear =
          f.closedOn() != null && !f.closedOn().isBefore(first) && !f.closedOn().isAfter(last);
      if (closedInYear && f.row() != null) {
        rows.put(f.row(), rows.get(f.row()).plus(f.type()));
      }
      if (f.closedOn() == null || f.closedOn().isAfter(last)) {
        openAtEnd = openAtEnd.plus(f.type());
      }
    }
    Counts total = Counts.zero();
    for (Counts c : rows.values()) {
      total = total.plus(c);
    }
    boolean fromReport = lastYearsCarriedOut != null;
    return new Table3(
        year,
        received,
        fromReport ? lastYearsCarriedOut : openAtStart,
        rows,
        total,
        openAtEnd,
        fromReport);
  }

  /** Whether 一 + 二 = 三(七) + 四 holds in every column. */
  public boolean balanced() {
    return unbalancedColumns().isEmpty();
  }

  /** The columns where 一 + 二 differs from 三(七) + 四. */
  public List<ApplicantType> unbalancedColumns() {
    return Arrays.stream(ApplicantType.values())
        .filter(t -> received.of(t) + carriedIn.of(t) != outcomeTotal.of(t) + carriedOut.of(t))
        .toList();
  }

  /** A group's subtotal (三(三) 不予公开 is the sum of its eight sub-rows, for instance). */
  public Counts group(int group) {
    Counts c = Counts.zero();
    for (Map.Entry<ReportRow, Counts> e : outcomes.entrySet()) {
      if (e.getKey().group() == group) {
        c = c.plus(e.getValue());
      }
    }
    return c;
  }
}
