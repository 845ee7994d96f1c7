package cn.yangguang.web.supervision;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal bar chart drawn as inline SVG by the templates (no script, readable without
 * JavaScript): this computes each bar's geometry on a fixed 600-unit-wide canvas; the table beside
 * it carries the same figures for screen readers.
 */
public record BarChart(int width, int height, List<Row> rows) {

  static final int WIDTH = 600;
  static final int LABEL = 170;
  static final int ROW = 28;

  /** A label and its value. */
  public record Bar(String label, double value) {}

  /** A drawn bar: its label, value text, and geometry. */
  public record Row(String label, String value, int y, int barWidth, int textX) {}

  /** The chart of these bars, scaled to the largest value. */
  public static BarChart of(List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int span = WIDTH - LABEL - 60;
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int w = max <= 0 ? 0 : (int) Math.round(span * b.value() / max);
      String text =
          b.value() == Math.rint(b.value())
              ? Long.toString((long) b.value())
              : String.format(java.util.Locale.ROOT, "%.1f", b.value());
      rows.add(new Row(b.label(), text, i * ROW + 4, w, LABEL + w + 6));
    }
    return new BarChart(WIDTH, Math.max(ROW, bars.size() * ROW + 8), rows);
  }

  /** Where bars start. */
  public int labelWidth() {
    return LABEL;
  }
}
