package cn.yangguang.disclosure.request.application;

import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.ApplicantType;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.Table2;
import cn.yangguang.disclosure.request.domain.Table3;
import cn.yangguang.disclosure.request.domain.Table4;
import java.util.ArrayList;
import java.util.List;

/**
 * The report in the template's order and wording (zh-CN, as published): the parts officers wrote
 * and the three tables as rows of cells. One source for the published document's text, the PDF and
 * the pages' tables.
 */
public final class ReportText {

  private ReportText() {}

  /** A table: its heading row and body rows. */
  public record Grid(String title, List<String> head, List<List<String>> rows) {}

  /** The title, e.g. 民政局2025年政府信息公开工作年度报告. */
  public static String title(String agencyName, int year) {
    return agencyName + year + "年政府信息公开工作年度报告";
  }

  /** Table 2 as rows. */
  public static Grid table2(Table2 t) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(docs("规章", t.rules()));
    rows.add(docs("行政规范性文件", t.normative()));
    rows.add(List.of("行政许可", "本年处理决定数量", String.valueOf(t.licensingDecisions()), ""));
    rows.add(List.of("行政处罚", "本年处理决定数量", String.valueOf(t.penaltyDecisions()), ""));
    rows.add(List.of("行政强制", "本年处理决定数量", String.valueOf(t.enforcementDecisions()), ""));
    rows.add(
        List.of(
            "行政事业性收费",
            "本年收费金额（单位：万元）",
            t.feesTenThousandYuan().stripTrailingZeros().toPlainString(),
            ""));
    return new Grid("二、主动公开政府信息情况", List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), rows);
  }

  /** Table 3 as rows: a label and a count per applicant type and the total. */
  public static Grid table3(Table3 t) {
    List<String> head = new ArrayList<>();
    head.add("");
    for (ApplicantType a : ApplicantType.values()) {
      head.add(a.columnZh());
    }
    head.add("总计");
    List<List<String>> rows = new ArrayList<>();
    rows.add(counts("一、本年新收政府信息公开申请数量", t.received()));
    rows.add(counts("二、上年结转政府信息公开申请数量", t.carriedIn()));
    for (ReportRow r : ReportRow.values()) {
      rows.add(counts("三、" + r.labelZh(), t.outcomes().get(r)));
    }
    rows.add(counts("三、（七）总计", t.outcomeTotal()));
    rows.add(counts("四、结转下年度继续办理", t.carriedOut()));
    return new Grid("三、收到和处理政府信息公开申请情况", head, rows);
  }

  /** Table 4 as one row of 15 cells. */
  public static Grid table4(Table4 t) {
    List<String> head = new ArrayList<>();
    List<String> row = new ArrayList<>();
    String[] groups = {"行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"};
    int[][] values = {t.reconsideration(), t.litigationDirect(), t.litigationAfter()};
    for (int g = 0; g < 3; g++) {
      for (int i = 0; i < 4; i++) {
        head.add(groups[g] + " " + Table4.COLUMNS.get(i));
        row.add(String.valueOf(values[g][i]));
      }
      head.add(groups[g] + " 总计");
      row.add(String.valueOf(Table4.total(values[g])));
    }
    return new Grid("四、政府信息公开行政复议、行政诉讼情况", head, List.of(row));
  }

  /** The whole report as plain text (the published document's body). */
  public static String plain(AnnualReport r, String agencyName) {
    StringBuilder b = new StringBuilder();
    b.append(title(agencyName, r.year()))
        .append("\n\n一、总体情况\n")
        .append(r.narrative().overview())
        .append("\n\n");
    for (Grid g : List.of(table2(r.table2()), table3(r.table3()), table4(r.table4()))) {
      b.append(g.title()).append('\n').append(String.join(" | ", g.head())).append('\n');
      for (List<String> row : g.rows()) {
        b.append(String.join(" | ", row)).append('\n');
      }
      b.append('\n');
    }
    b.append("五、存在的主要问题及改进情况\n").append(r.narrative().problems()).append("\n\n");
    b.append("六、其他需要报告的事项\n").append(r.narrative().other()).append('\n');
    return b.toString();
  }

  private static List<String> docs(String label, Table2.DocumentCounts d) {
    return List.of(
        label,
        String.valueOf(d.issued()),
        String.valueOf(d.repealed()),
        String.valueOf(d.inForce()));
  }

  private static List<String> counts(String label, Table3.Counts c) {
    List<String> row = new ArrayList<>();
    row.add(label);
    for (ApplicantType a : ApplicantType.values()) {
      row.add(String.valueOf(c.of(a)));
    }
    row.add(String.valueOf(c.total()));
    return row;
  }
}
