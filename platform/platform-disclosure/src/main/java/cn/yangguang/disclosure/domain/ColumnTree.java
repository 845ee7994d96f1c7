package cn.yangguang.disclosure.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A county's columns: the province's template (or the national one) with the county's rows laid
 * over it by code. A county row with a template's code replaces that column (rename, move, hide); a
 * new code adds a column. Hidden columns, and columns under a hidden or missing parent, are left
 * out. Immutable.
 */
public final class ColumnTree {

  /** A column with its visible sub-columns, in order. */
  public record Node(DisclosureColumn column, List<Node> children) {}

  private final List<Node> roots;
  private final Map<String, DisclosureColumn> visible;

  private ColumnTree(List<Node> roots, Map<String, DisclosureColumn> visible) {
    this.roots = roots;
    this.visible = visible;
  }

  /**
   * Merges a template with a county's rows.
   *
   * @param template the template's columns (province's or national)
   * @param county the county's own rows
   */
  public static ColumnTree of(List<DisclosureColumn> template, List<DisclosureColumn> county) {
    Map<String, DisclosureColumn> merged = new LinkedHashMap<>();
    template.forEach(c -> merged.put(c.code(), c));
    county.forEach(c -> merged.put(c.code(), c));
    Comparator<DisclosureColumn> order =
        Comparator.comparingInt(DisclosureColumn::sortOrder).thenComparing(DisclosureColumn::code);
    List<DisclosureColumn> all = merged.values().stream().sorted(order).toList();
    Map<String, DisclosureColumn> visible = new LinkedHashMap<>();
    List<Node> roots = new ArrayList<>();
    for (DisclosureColumn c : all) {
      if (c.parentCode() == null && !c.hidden()) {
        roots.add(node(c, all, visible, 0));
      }
    }
    return new ColumnTree(List.copyOf(roots), Map.copyOf(visible));
  }

  private static Node node(
      DisclosureColumn c,
      List<DisclosureColumn> all,
      Map<String, DisclosureColumn> visible,
      int d) {
    visible.put(c.code(), c);
    List<Node> children = new ArrayList<>();
    if (d < 4) { // a loop in customised rows (a column under its own child) stops here
      for (DisclosureColumn child : all) {
        if (c.code().equals(child.parentCode())
            && !child.hidden()
            && !visible.containsKey(child.code())) {
          children.add(node(child, all, visible, d + 1));
        }
      }
    }
    return new Node(c, List.copyOf(children));
  }

  /** The top-level columns with their sub-columns. */
  public List<Node> roots() {
    return roots;
  }

  /** A visible column by code. */
  public Optional<DisclosureColumn> find(String code) {
    return Optional.ofNullable(code == null ? null : visible.get(code));
  }

  /** The codes of a column and all its visible descendants. */
  public List<String> withDescendants(String code) {
    List<String> out = new ArrayList<>();
    collect(roots, code, false, out);
    return out;
  }

  private static void collect(List<Node> nodes, String code, boolean inside, List<String> out) {
    for (Node n : nodes) {
      boolean in = inside || n.column().code().equals(code);
      if (in) {
        out.add(n.column().code());
      }
      collect(n.children(), code, in, out);
    }
  }

  /** Every visible column, parents before children. */
  public List<DisclosureColumn> all() {
    List<DisclosureColumn> out = new ArrayList<>();
    flatten(roots, out);
    return out;
  }

  private static void flatten(List<Node> nodes, List<DisclosureColumn> out) {
    for (Node n : nodes) {
      out.add(n.column());
      flatten(n.children(), out);
    }
  }
}
