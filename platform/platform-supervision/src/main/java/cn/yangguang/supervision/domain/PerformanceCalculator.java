package cn.yangguang.supervision.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Computes a month's performance per unit and ranks the units (ADR 0051). Pure.
 *
 * <p>Score out of 100: 40 × on-time rate + 10 × on-the-spot share + 10 × (1 − supplement rate) + 40
 * × satisfaction, a missing rate counting in full (nothing went wrong); minus 2 per violation, 5
 * per yellow card and 10 per red card; never below 0. Ranked with the units that fail 平昌's one-vote
 * veto (按时办结率 below 99 %, 现场办结率 below 90 %) last, then by score, then by code.
 */
public final class PerformanceCalculator {

  /** 平昌's thresholds of the one-vote veto (月通报: 现场办结率 90 %, 按时办结率 99 %). */
  public static final double MIN_ON_TIME = 0.99;

  public static final double MIN_ON_THE_SPOT = 0.90;

  private PerformanceCalculator() {}

  /** Rows per department, ranked; {@code names} gives each code's name (the code when absent). */
  public static List<PerformanceRow> byDepartment(MonthFacts f, Map<String, String> names) {
    return rows(
        f,
        MonthFacts.CaseLine::department,
        MonthFacts.Line::department,
        MonthFacts.RatingLine::department,
        true,
        names);
  }

  /** Rows per window (the post that accepted the case), ranked; cards do not apply. */
  public static List<PerformanceRow> byWindow(MonthFacts f, Map<String, String> names) {
    return rows(
        f,
        MonthFacts.CaseLine::window,
        MonthFacts.Line::window,
        MonthFacts.RatingLine::window,
        false,
        names);
  }

  private static List<PerformanceRow> rows(
      MonthFacts f,
      Function<MonthFacts.CaseLine, String> caseUnit,
      Function<MonthFacts.Line, String> violationUnit,
      Function<MonthFacts.RatingLine, String> ratingUnit,
      boolean cards,
      Map<String, String> names) {
    Map<String, int[]> counts = new TreeMap<>();
    for (MonthFacts.CaseLine c : f.cases()) {
      int[] n = counts(counts, caseUnit.apply(c));
      if (n == null) {
        continue;
      }
      if (c.received()) {
        n[0]++;
        n[1] += c.immediate() ? 1 : 0;
        n[2] += c.supplemented() ? 1 : 0;
      }
      if (c.completed()) {
        n[3]++;
        n[4] += c.onTime() ? 1 : 0;
      }
    }
    for (MonthFacts.Line v : f.violations()) {
      int[] n = counts(counts, violationUnit.apply(v));
      if (n != null) {
        n[5]++;
      }
    }
    for (MonthFacts.RatingLine r : f.ratings()) {
      int[] n = counts(counts, ratingUnit.apply(r));
      if (n != null) {
        n[6]++;
        n[7] += r.level() >= 4 ? 1 : 0;
      }
    }
    if (cards) {
      for (MonthFacts.CardLine c : f.cards()) {
        int[] n = counts(counts, c.department());
        if (n != null) {
          n[c.colour() == Card.Colour.YELLOW ? 8 : 9]++;
        }
      }
    }
    List<PerformanceRow> rows = new ArrayList<>();
    counts.forEach((unit, n) -> rows.add(row(unit, names.getOrDefault(unit, unit), n)));
    return rank(rows);
  }

  /** Ranks rows: vetoed last, then by score (highest first), then by unit. */
  public static List<PerformanceRow> rank(List<PerformanceRow> rows) {
    List<PerformanceRow> sorted =
        rows.stream()
            .sorted(
                Comparator.comparing(PerformanceRow::veto)
                    .thenComparing(Comparator.comparingDouble(PerformanceRow::score).reversed())
                    .thenComparing(PerformanceRow::unit))
            .toList();
    List<PerformanceRow> out = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      out.add(sorted.get(i).ranked(i + 1));
    }
    return out;
  }

  static PerformanceRow row(String unit, String name, int[] n) {
    Double onTime = rate(n[4], n[3]);
    Double immediate = rate(n[1], n[0]);
    Double supplement = rate(n[2], n[0]);
    Double satisfaction = rate(n[7], n[6]);
    double score =
        40 * full(onTime)
            + 10 * full(immediate)
            + 10 * (1 - (supplement == null ? 0 : supplement))
            + 40 * full(satisfaction)
            - 2.0 * n[5]
            - Card.Colour.YELLOW.penalty() * n[8]
            - Card.Colour.RED.penalty() * n[9];
    score = Math.max(0, Math.round(score * 10) / 10.0);
    boolean veto =
        (onTime != null && onTime < MIN_ON_TIME)
            || (immediate != null && immediate < MIN_ON_THE_SPOT);
    return new PerformanceRow(
        unit,
        name,
        n[0],
        n[1],
        n[2],
        n[3],
        n[4],
        n[5],
        n[6],
        n[7],
        n[8],
        n[9],
        onTime,
        immediate,
        supplement,
        satisfaction,
        score,
        veto,
        0);
  }

  private static int[] counts(Map<String, int[]> counts, String unit) {
    return unit == null ? null : counts.computeIfAbsent(unit, k -> new int[10]);
  }

  private static Double rate(int part, int whole) {
    return whole == 0 ? null : (double) part / whole;
  }

  private static double full(Double rate) {
    return rate == null ? 1 : rate;
  }
}
