package cn.yangguang.disclosure.request.domain;

import java.util.Arrays;
import java.util.List;

/**
 * Table 4 of the annual report, administrative reconsideration and litigation over disclosure,
 * entered by officers: for 行政复议, 行政诉讼 without reconsideration and 行政诉讼 after reconsideration, the
 * cases 结果维持, 结果纠正, 其他结果 and 尚未审结; each group's 总计 is their sum (15 cells shown, 12 entered).
 */
public record Table4(int[] reconsideration, int[] litigationDirect, int[] litigationAfter) {

  /** The four entered columns of each group, in the template's order. */
  public static final List<String> COLUMNS = List.of("维持", "纠正", "其他结果", "尚未审结");

  public Table4 {
    reconsideration = checked("reconsideration", reconsideration);
    litigationDirect = checked("litigationDirect", litigationDirect);
    litigationAfter = checked("litigationAfter", litigationAfter);
  }

  /** Nothing entered yet. */
  public static Table4 empty() {
    return new Table4(new int[4], new int[4], new int[4]);
  }

  /** A group's 总计. */
  public static int total(int[] group) {
    return Arrays.stream(group).sum();
  }

  /** The sum of two agencies' tables. */
  public Table4 plus(Table4 o) {
    return new Table4(
        add(reconsideration, o.reconsideration),
        add(litigationDirect, o.litigationDirect),
        add(litigationAfter, o.litigationAfter));
  }

  private static int[] add(int[] a, int[] b) {
    int[] c = new int[4];
    for (int i = 0; i < 4; i++) {
      c[i] = a[i] + b[i];
    }
    return c;
  }

  private static int[] checked(String field, int[] group) {
    if (group == null) {
      return new int[4];
    }
    if (group.length != 4) {
      throw RequestRejected.invalid(field, "needs 4 counts: " + COLUMNS);
    }
    for (int n : group) {
      if (n < 0 || n > 100_000) {
        throw RequestRejected.invalid(field, "counts are 0 to 100000");
      }
    }
    return group.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Table4 t
        && Arrays.equals(reconsideration, t.reconsideration)
        && Arrays.equals(litigationDirect, t.litigationDirect)
        && Arrays.equals(litigationAfter, t.litigationAfter);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(reconsideration) * 31
        + Arrays.hashCode(litigationDirect) * 7
        + Arrays.hashCode(litigationAfter);
  }
}
