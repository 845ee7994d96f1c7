package cn.yangguang.web.disclosure.request;

import cn.yangguang.disclosure.request.application.ReportText;
import cn.yangguang.disclosure.request.domain.AnnualReport;
import cn.yangguang.disclosure.request.domain.ReportRow;
import cn.yangguang.disclosure.request.domain.Table3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a report page shows: the template's tables as grids and the outcome groups as bars. */
final class ReportPages {

  /** The widest bar, in the chart's units. */
  static final int WIDTH = 200;

  static final String[] GROUPS = {"予以公开", "部分公开", "不予公开", "无法提供", "不予处理", "其他处理"};

  private ReportPages() {}

  /** One bar: its label, count and width. */
  record Bar(String label, int count, int width) {}

  /** Section 三's six groups as bars (the chart beside Table 3). */
  static List<Bar> bars(Table3 t) {
    int[] counts = new int[GROUPS.length];
    for (ReportRow r : ReportRow.values()) {
      counts[r.group() - 1] += t.outcomes().get(r).total();
    }
    int max = 1;
    for (int c : counts) {
      max = Math.max(max, c);
    }
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < GROUPS.length; i++) {
      bars.add(
          new Bar("（" + "一二三四五六".charAt(i) + "）" + GROUPS[i], counts[i], counts[i] * WIDTH / max));
    }
    return bars;
  }

  /** The model of a report page (console or portal). */
  static void put(Map<String, Object> model, AnnualReport r, String agencyName) {
    model.put("report", r);
    model.put("title", ReportText.title(agencyName, r.year()));
    model.put(
        "grids",
        List.of(
            ReportText.table2(r.table2()),
            ReportText.table3(r.table3()),
            ReportText.table4(r.table4())));
    model.put("bars", bars(r.table3()));
    model.put("t4groups", List.of("r", "d", "a"));
    model.put(
        "t4values",
        Map.of(
            "r", r.table4().reconsideration(),
            "d", r.table4().litigationDirect(),
            "a", r.table4().litigationAfter()));
  }
}
