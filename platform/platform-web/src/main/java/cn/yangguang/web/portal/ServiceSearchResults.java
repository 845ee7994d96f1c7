package cn.yangguang.web.portal;

import cn.yangguang.catalogue.application.CatalogueQueries;
import cn.yangguang.catalogue.domain.Codes;
import java.util.List;

/**
 * The results of a search as the page shows them.
 *
 * @param query the query as typed (kept in the box), empty when none
 * @param searched whether a search was run (false for an empty query)
 * @param available false when the search index failed (the page says so)
 * @param results the hits, best first
 */
public record ServiceSearchResults(
    String query, boolean searched, boolean available, List<Result> results) {

  /** The longest query searched; longer ones are cut. */
  static final int MAX_QUERY = 100;

  /** A character reference: named, decimal or hexadecimal. */
  private static final java.util.regex.Pattern ENTITY =
      java.util.regex.Pattern.compile(
          "&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

  /** The most results shown. */
  static final int LIMIT = 50;

  public ServiceSearchResults {
    results = List.copyOf(results);
  }

  /**
   * One hit.
   *
   * @param nameHtml the name with the matched words in {@code <mark>}: HTML that contains no other
   *     markup (see {@link #safeHighlight}), the only value the page writes unescaped
   */
  public record Result(String key, String nameHtml, String department, String itemType) {}

  /** The query to search: stripped, cut to {@link #MAX_QUERY}; empty for none. */
  static String normalize(String q) {
    if (q == null) {
      return "";
    }
    String s = q.strip().replaceAll("\\p{Cntrl}", " ");
    return s.length() > MAX_QUERY ? s.substring(0, MAX_QUERY) : s;
  }

  /** The page of hits. */
  static ServiceSearchResults of(String query, List<CatalogueQueries.Found> found, CodeLabels l) {
    return new ServiceSearchResults(
        query,
        true,
        true,
        found.stream()
            .map(
                f ->
                    new Result(
                        f.item().key(),
                        safeHighlight(f.highlightedName(), f.item().fields().name()),
                        l.department(f.item().fields().departmentCode()),
                        l.label(Codes.ITEM_TYPE, f.item().fields().itemType())))
            .toList());
  }

  /**
   * The highlighted name when it is what the search port promises (escaped text, character
   * references allowed, with {@code <mark>} and {@code </mark>} only, not nested); otherwise the
   * plain name, escaped. So a faulty index can at worst lose the highlighting, never put markup on
   * the page.
   */
  static String safeHighlight(String highlighted, String plainName) {
    if (highlighted != null && !highlighted.isBlank()) {
      String bare = highlighted.replace("<mark>", "").replace("</mark>", "");
      if (bare.indexOf('<') < 0
          && bare.indexOf('>') < 0
          && balanced(highlighted)
          && ENTITY.matcher(bare).replaceAll("").indexOf('&') < 0) {
        return highlighted;
      }
    }
    return escape(plainName == null ? "" : plainName);
  }

  private static boolean balanced(String html) {
    int open = 0;
    int i = 0;
    while (i < html.length()) {
      if (html.startsWith("<mark>", i)) {
        if (open > 0) {
          return false;
        }
        open++;
        i += 6;
      } else if (html.startsWith("</mark>", i)) {
        if (open == 0) {
          return false;
        }
        open--;
        i += 7;
      } else {
        i++;
      }
    }
    return open == 0;
  }

  /** Escapes text for HTML content and attribute values. */
  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
