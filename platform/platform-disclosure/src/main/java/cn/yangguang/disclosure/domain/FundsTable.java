package cn.yangguang.disclosure.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A funds table published to the line item (公开到项): a budget, a final account or the 三公经费 table of
 * one agency and fiscal year. Lines form a tree under one total line; every line with items equals
 * the sum of its items to the cent (a table whose figures do not add up is never published,
 * whatever the attached spreadsheet says).
 *
 * @param lines in display order; a line's parent comes before it
 */
public record FundsTable(
    Kind kind, Integer fiscalYear, String title, Unit unit, List<FundsLine> lines) {

  /** What a table is. */
  public enum Kind {
    /** 部门预算. */
    BUDGET,
    /** 部门决算. */
    FINAL_ACCOUNT,
    /** 三公经费 (official travel abroad, official vehicles, official receptions). */
    THREE_PUBLIC
  }

  /** The unit the amounts are in. */
  public enum Unit {
    YUAN,
    TEN_THOUSAND_YUAN
  }

  /**
   * One line.
   *
   * @param code identifier within the table (e.g. a budget classification code)
   * @param parentCode the line it is an item of; null for the total
   */
  public record FundsLine(String code, String parentCode, String name, BigDecimal amount) {}

  /** The lines a 三公经费 table must have: code → parent code. */
  public static final Map<String, String> THREE_PUBLIC_LINES =
      Map.of(
          "travel-abroad", "total",
          "vehicles", "total",
          "vehicle-purchase", "vehicles",
          "vehicle-operation", "vehicles",
          "reception", "total");

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  /** The most lines a table may have. */
  public static final int MAX_LINES = 2000;

  public FundsTable {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** Every problem, each naming its field ({@code lines[3].amount} ...); empty when valid. */
  public List<FieldProblem> problems() {
    List<FieldProblem> out = new ArrayList<>();
    if (kind == null) {
      out.add(new FieldProblem("kind", "required: BUDGET, FINAL_ACCOUNT or THREE_PUBLIC"));
    }
    if (fiscalYear == null || fiscalYear < 2000 || fiscalYear > 2100) {
      out.add(new FieldProblem("fiscalYear", "a year between 2000 and 2100"));
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      out.add(new FieldProblem("title", "required, at most 200 characters"));
    }
    if (unit == null) {
      out.add(new FieldProblem("unit", "required: YUAN or TEN_THOUSAND_YUAN"));
    }
    if (lines.isEmpty() || lines.size() > MAX_LINES) {
      out.add(new FieldProblem("lines", "1 to " + MAX_LINES + " lines"));
      return out;
    }
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      lineProblems(i, position, out);
    }
    if (out.isEmpty()) {
      totals(out);
    }
    if (out.isEmpty() && kind == Kind.THREE_PUBLIC) {
      threePublic(position, out);
    }
    return out;
  }

  private void lineProblems(int i, Map<String, Integer> position, List<FieldProblem> out) {
    FundsLine l = lines.get(i);
    String at = "lines[" + i + "]";
    if (l == null) {
      out.add(new FieldProblem(at, "empty line"));
      return;
    }
    if (l.code() == null || !CODE.matcher(l.code()).matches()) {
      out.add(new FieldProblem(at + ".code", "1-40 letters, digits, . _ -"));
    } else if (position.putIfAbsent(l.code(), i) != null) {
      out.add(new FieldProblem(at + ".code", "\"" + l.code() + "\" appears twice"));
    }
    if (l.name() == null || l.name().isBlank() || l.name().length() > 200) {
      out.add(new FieldProblem(at + ".name", "required, at most 200 characters"));
    }
    if (l.amount() == null) {
      out.add(new FieldProblem(at + ".amount", "required"));
    } else if (l.amount().signum() < 0) {
      out.add(new FieldProblem(at + ".amount", "cannot be negative"));
    } else if (l.amount().stripTrailingZeros().scale() > 2) {
      out.add(new FieldProblem(at + ".amount", "at most two decimals (fen)"));
    } else if (l.amount().precision() - l.amount().scale() > 16) {
      out.add(new FieldProblem(at + ".amount", "too large"));
    }
    if (i == 0 && l.parentCode() != null) {
      out.add(new FieldProblem(at + ".parentCode", "the first line is the total: no parent"));
    }
    if (i > 0) {
      if (l.parentCode() == null) {
        out.add(new FieldProblem(at + ".parentCode", "only the first line (the total) has none"));
      } else if (!position.containsKey(l.parentCode()) || position.get(l.parentCode()) >= i) {
        out.add(
            new FieldProblem(
                at + ".parentCode", "\"" + l.parentCode() + "\" is not a line above this one"));
      }
    }
  }

  private void totals(List<FieldProblem> out) {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (FundsLine l : lines) {
      if (l.parentCode() != null) {
        sums.merge(l.parentCode(), l.amount(), BigDecimal::add);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      FundsLine l = lines.get(i);
      BigDecimal sum = sums.get(l.code());
      if (sum != null && sum.compareTo(l.amount()) != 0) {
        out.add(
            new FieldProblem(
                "lines[" + i + "].amount",
                l.name()
                    + " is "
                    + l.amount().toPlainString()
                    + " but its items add up to "
                    + sum.toPlainString()));
      }
    }
  }

  private void threePublic(Map<String, Integer> position, List<FieldProblem> out) {
    String total = lines.get(0).code();
    THREE_PUBLIC_LINES.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              Integer at = position.get(e.getKey());
              String parent = e.getValue().equals("total") ? total : e.getValue();
              if (at == null) {
                out.add(new FieldProblem("lines", "a 三公经费 table needs the line " + e.getKey()));
              } else if (!parent.equals(lines.get(at).parentCode())) {
                out.add(
                    new FieldProblem(
                        "lines[" + at + "].parentCode", e.getKey() + " belongs under " + parent));
              }
            });
  }

  /** The total (the first line's amount). */
  public BigDecimal total() {
    return lines.isEmpty() ? BigDecimal.ZERO : lines.get(0).amount();
  }

  /** How deep a line sits (0 for the total), for indentation. */
  public int depth(FundsLine line) {
    Map<String, String> parents = new HashMap<>();
    lines.forEach(l -> parents.put(l.code(), l.parentCode()));
    int d = 0;
    String p = line.parentCode();
    while (p != null && d < 20) {
      d++;
      p = parents.get(p);
    }
    return d;
  }
}
