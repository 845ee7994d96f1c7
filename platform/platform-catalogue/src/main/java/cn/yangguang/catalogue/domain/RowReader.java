package cn.yangguang.catalogue.domain;

import cn.yangguang.catalogue.domain.ItemFields.Fee;
import cn.yangguang.catalogue.domain.ItemFields.Limit;
import cn.yangguang.catalogue.domain.ItemFields.Material;
import cn.yangguang.catalogue.domain.ItemFields.Online;
import cn.yangguang.catalogue.domain.ItemFields.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of the exchange format into {@link ItemFields}: codes or labels into codes,
 * numbers, booleans, steps and materials. Every cell that cannot be read adds a {@link RowProblem};
 * the required-field and cross-field checks are {@link CatalogueRules}'.
 */
public final class RowReader {

  private static final Pattern STEP = Pattern.compile("(.+?)[（(](\\d{1,3})[)）]");

  private final Map<Column, String> cells;
  private final int row;
  private final CodeBook codes;
  private final List<RowProblem> problems;

  /**
   * @param cells the row's cells by column (absent or blank = not given)
   * @param row the row number in the file (header = 1)
   * @param problems where problems are added
   */
  public RowReader(Map<Column, String> cells, int row, CodeBook codes, List<RowProblem> problems) {
    this.cells = cells;
    this.row = row;
    this.codes = codes;
    this.problems = problems;
  }

  /** The fields of the row (with nulls where a cell could not be read). */
  public ItemFields read() {
    String source = text(Column.SOURCE);
    return new ItemFields(
        text(Column.KEY),
        text(Column.NAME),
        code(Column.ITEM_TYPE),
        text(Column.BASE_CODE),
        text(Column.HANDLING_CODE),
        code(Column.HIERARCHY),
        text(Column.PARENT_KEY),
        code(Column.HANDLING_KIND),
        text(Column.DEPARTMENT),
        code(Column.BODY_NATURE),
        text(Column.ENTRUSTED_BY),
        code(Column.POWER_SOURCE),
        codes(Column.EXERCISE_LEVELS),
        text(Column.LEGAL_BASIS),
        codes(Column.SERVICE_OBJECTS),
        text(Column.CONDITIONS),
        code(Column.CASE_KIND),
        limit(Column.STATUTORY_LIMIT, Column.STATUTORY_UNIT, Column.STATUTORY_NOTE),
        limit(Column.PROMISED_LIMIT, Column.PROMISED_UNIT, Column.PROMISED_NOTE),
        new Fee(
            Boolean.TRUE.equals(bool(Column.CHARGED)),
            text(Column.FEE_BASIS),
            text(Column.FEE_STANDARD)),
        codes(Column.HANDLING_FORMS),
        integer(Column.SITE_VISITS, 0, 5),
        text(Column.SITE_VISIT_REASON),
        new Online(
            Boolean.TRUE.equals(bool(Column.ONLINE)),
            codes(Column.ONLINE_DEPTH),
            text(Column.ONLINE_URL),
            bool(Column.ONLINE_PAYMENT)),
        bool(Column.POSTAL),
        bool(Column.APPOINTMENT),
        code(Column.SCOPE),
        text(Column.JOINT_BODIES),
        text(Column.INTERMEDIARY),
        text(Column.QUANTITY_LIMIT),
        text(Column.PLACE),
        text(Column.HOURS),
        text(Column.CONSULTATION),
        text(Column.COMPLAINT),
        text(Column.SPECIAL_PROCEDURES),
        code(Column.RESULT_TYPE),
        text(Column.RESULT_NAME),
        codes(Column.THEMES),
        steps(),
        materials(),
        !"公开来源".equals(source));
  }

  /** The status the row asks for ({@code DRAFT} when not given). */
  public String status() {
    String s = code(Column.STATUS);
    return s == null ? "DRAFT" : s;
  }

  /** The key of the province master item the row derives from, or null for a local item. */
  public String masterKey() {
    return text(Column.MASTER_KEY);
  }

  /** Whether the row is blank (a trailing empty line of a spreadsheet). */
  public boolean blank() {
    return cells.values().stream().allMatch(v -> v == null || v.isBlank());
  }

  String text(Column c) {
    String v = cells.get(c);
    return v == null || v.isBlank() ? null : v.strip();
  }

  private String code(Column c) {
    String v = text(c);
    if (v == null) {
      return null;
    }
    return codes
        .code(c.list(), v)
        .orElseGet(
            () -> {
              problem(
                  c, "notInList", "\"" + v + "\" is not in the code list " + c.list(), v, c.list());
              return null;
            });
  }

  private List<String> codes(Column c) {
    String v = text(c);
    if (v == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String part : v.split("[；;]")) {
      if (part.isBlank()) {
        continue;
      }
      codes
          .code(c.list(), part.strip())
          .ifPresentOrElse(
              out::add,
              () ->
                  problem(
                      c,
                      "notInList",
                      "\"" + part.strip() + "\" is not in the code list " + c.list(),
                      part.strip(),
                      c.list()));
    }
    return out;
  }

  private Boolean bool(Column c) {
    String v = text(c);
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "是", "Y", "y", "true" -> true;
      case "否", "N", "n", "false" -> false;
      default -> {
        problem(c, "notBoolean", "\"" + v + "\" is neither 是 nor 否", v);
        yield null;
      }
    };
  }

  private Integer integer(Column c, int min, int max) {
    String v = text(c);
    if (v == null) {
      return null;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        problem(c, "outOfRange", n + " is outside " + min + "-" + max, n, min, max);
        return null;
      }
      return n;
    } catch (NumberFormatException e) {
      problem(c, "notNumber", "\"" + v + "\" is not a whole number", v);
      return null;
    }
  }

  private Limit limit(Column amount, Column unit, Column note) {
    Integer n = integer(amount, 0, 3650);
    String u = code(unit);
    if (n == null) {
      if (u != null) {
        problem(amount, "unitWithoutLimit", "a unit without a limit");
      }
      return null;
    }
    if (u == null) {
      problem(unit, "limitWithoutUnit", "a limit needs its unit");
      return null;
    }
    return new Limit(n, u, text(note));
  }

  private List<Step> steps() {
    String v = text(Column.STEPS);
    if (v == null) {
      return List.of();
    }
    List<Step> out = new ArrayList<>();
    for (String part : v.split("→|->")) {
      Matcher m = STEP.matcher(part.strip());
      if (m.matches()) {
        out.add(new Step(m.group(1).strip(), Integer.parseInt(m.group(2))));
      } else {
        problem(
            Column.STEPS,
            "badStep",
            "step \"" + part.strip() + "\" is not name(days)",
            part.strip());
      }
    }
    return out;
  }

  private List<Material> materials() {
    String v = text(Column.MATERIALS);
    if (v == null) {
      return List.of();
    }
    List<Material> out = new ArrayList<>();
    for (String part : v.split("[；;]")) {
      if (part.isBlank()) {
        continue;
      }
      List<String> f = Arrays.stream(part.split("\\|", -1)).map(String::strip).toList();
      if (f.size() != 5 || f.get(0).isEmpty()) {
        problem(
            Column.MATERIALS,
            "badMaterial",
            "material \"" + part.strip() + "\" is not name|form|copies|source|necessity",
            part.strip());
        continue;
      }
      int copies;
      try {
        copies = Integer.parseInt(f.get(2));
      } catch (NumberFormatException e) {
        problem(
            Column.MATERIALS,
            "badCopies",
            "copies of \"" + f.get(0) + "\" is not a number",
            f.get(0));
        continue;
      }
      String form = listCode(Codes.MATERIAL_FORM, f.get(1), f.get(0));
      String source = listCode(Codes.MATERIAL_SOURCE, f.get(3), f.get(0));
      String necessity = listCode(Codes.NECESSITY, f.get(4), f.get(0));
      if (form != null && source != null && necessity != null) {
        out.add(new Material(f.get(0), form, copies, source, necessity));
      }
    }
    return out;
  }

  private String listCode(String list, String value, String material) {
    return codes
        .code(list, value)
        .orElseGet(
            () -> {
              problem(
                  Column.MATERIALS,
                  "materialNotInList",
                  "material \"" + material + "\": \"" + value + "\" is not in " + list,
                  material,
                  value,
                  list);
              return null;
            });
  }

  private void problem(Column c, String code, String reason, Object... args) {
    problems.add(RowProblem.coded(row, c, code, reason, args));
  }
}
