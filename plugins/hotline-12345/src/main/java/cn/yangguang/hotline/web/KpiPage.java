package cn.yangguang.hotline.web;

import static cn.yangguang.hotline.web.Html.esc;

import cn.yangguang.hotline.application.Kpis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The KPI page: the county's and each unit's five rates as a table, and as a bar chart (inline SVG,
 * described for screen readers; the table carries the same numbers).
 */
final class KpiPage {

  private static final String[] KEYS = {
    "kpi.sign", "kpi.ontime", "kpi.satisfaction", "kpi.return", "kpi.redo"
  };
  private static final String[] COLOURS = {"#1f5f9e", "#2e7d32", "#6a1b9a", "#b35900", "#a61b1b"};

  private final Html h;

  KpiPage(Html h) {
    this.h = h;
  }

  String render(Kpis.Report r, String action) {
    String period =
        "<form method=\"get\" action=\""
            + esc(action)
            + "\">"
            + h.input("from", "kpi.period", r.from().toString(), true, "date")
            + "<p><label for=\"f-to\">—</label><br><input id=\"f-to\" name=\"to\" type=\"date\" value=\""
            + esc(r.to().toString())
            + "\" required></p><p><button type=\"submit\">"
            + esc(h.t("lookup"))
            + "</button></p></form>";
    List<List<String>> rows = new ArrayList<>();
    rows.add(row(h.t("kpi.county"), r.county()));
    r.units().forEach(u -> rows.add(row(u.name(), u)));
    String table =
        h.table(
            h.t("console.kpis") + " " + r.from() + " — " + r.to(),
            List.of(
                h.t("kpi.unit"),
                h.t("kpi.dispatched"),
                h.t(KEYS[0]),
                h.t(KEYS[1]),
                h.t(KEYS[2]),
                h.t(KEYS[3]),
                h.t(KEYS[4])),
            rows);
    return h.page(h.t("console.kpis"), period + chart(r) + table);
  }

  private List<String> row(String name, Kpis.Row k) {
    return List.of(
        esc(name),
        String.valueOf(k.figures().dispatched()),
        pct(k.signRate()),
        pct(k.onTimeRate()),
        pct(k.satisfactionRate()),
        pct(k.returnRate()),
        pct(k.redoRate()));
  }

  private String chart(Kpis.Report r) {
    List<Kpis.Row> rows = new ArrayList<>();
    rows.add(r.county());
    rows.addAll(r.units());
    int group = 5 * 14 + 20;
    int height = 40 + rows.size() * group;
    StringBuilder svg =
        new StringBuilder(
            "<figure><svg role=\"img\" aria-labelledby=\"kpi-chart-t\" width=\"640\" height=\""
                + height
                + "\" viewBox=\"0 0 640 "
                + height
                + "\"><title id=\"kpi-chart-t\">"
                + esc(h.t("kpi.chart"))
                + "</title>");
    for (int k = 0; k < KEYS.length; k++) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"4\" width=\"12\" height=\"12\" fill=\"%s\"></rect><text x=\"%d\" y=\"15\" font-size=\"12\">%s</text>",
              10 + k * 125,
              COLOURS[k],
              26 + k * 125,
              esc(h.t(KEYS[k]))));
    }
    int y = 30;
    for (Kpis.Row row : rows) {
      String label = row.unit().equals("*") ? h.t("kpi.county") : row.name();
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"12\">%s</text>",
              y + 12,
              esc(label)));
      Double[] rates = {
        row.signRate(), row.onTimeRate(), row.satisfactionRate(), row.returnRate(), row.redoRate()
      };
      for (int k = 0; k < rates.length; k++) {
        double v = rates[k] == null ? 0 : rates[k];
        int by = y + 16 + k * 14;
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"200\" y=\"%d\" width=\"%.1f\" height=\"11\" fill=\"%s\"></rect><text x=\"%.1f\" y=\"%d\" font-size=\"10\">%s</text>",
                by,
                v * 380,
                COLOURS[k],
                205 + v * 380,
                by + 9,
                pct(rates[k])));
      }
      y += group;
    }
    return svg.append("</svg></figure>").toString();
  }

  private static String pct(Double v) {
    return v == null ? "—" : String.format(Locale.ROOT, "%.1f%%", v * 100);
  }
}
