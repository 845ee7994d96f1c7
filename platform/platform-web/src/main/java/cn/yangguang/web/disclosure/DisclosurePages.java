package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.application.DisclosureCatalogue;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DisclosureColumn;
import cn.yangguang.kernel.codelist.CodeListEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the disclosure pages need besides the documents: names of codes, the search form. */
public final class DisclosurePages {

  private DisclosurePages() {}

  /** Formatting for templates: dates in the county's zone, text in paragraphs. */
  public record Format(java.time.ZoneId zone) {

    /** The day of an instant in the county, ISO format; empty for none. */
    public String day(java.time.Instant at) {
      return at == null ? "" : java.time.LocalDate.ofInstant(at, zone).toString();
    }

    /** The non-blank lines of a text, each a paragraph. */
    public List<String> paragraphs(String text) {
      return text == null
          ? List.of()
          : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }

  /** Names of the county's columns and agencies by code (Chinese; the code when unknown). */
  public record Names(Map<String, String> columns, Map<String, String> agencies) {

    /** A column's name. */
    public String column(String code) {
      return columns.getOrDefault(code, code);
    }

    /** An agency's name. */
    public String agency(String code) {
      return agencies.getOrDefault(code, code);
    }
  }

  static Names names(ColumnTree tree, List<DisclosureCatalogue.Agency> agencies) {
    Map<String, String> columns = new HashMap<>();
    for (DisclosureColumn c : tree.all()) {
      columns.put(c.code(), c.nameZh());
    }
    Map<String, String> names = new HashMap<>();
    for (DisclosureCatalogue.Agency a : agencies) {
      names.put(a.code(), a.nameZh());
    }
    return new Names(Map.copyOf(columns), Map.copyOf(names));
  }

  static Map<String, String> subjects(List<CodeListEntry> entries, Locale locale) {
    Map<String, String> out = new HashMap<>();
    boolean en = "en".equals(locale.getLanguage());
    for (CodeListEntry e : entries) {
      out.put(e.code(), en && e.labelEn() != null ? e.labelEn() : e.labelZh());
    }
    return out;
  }

  /**
   * The search form as submitted; every value is kept as text so the form shows it back.
   *
   * @param q the words, at most 100 characters
   */
  public record SearchForm(String q, String column, String agency, String year, String validity) {

    static SearchForm of(String q, String column, String agency, String year, String validity) {
      String words = q == null ? "" : q.strip();
      if (words.length() > 100) {
        words = words.substring(0, 100);
      }
      return new SearchForm(words, clean(column), clean(agency), clean(year), clean(validity));
    }

    /** The year as a number; null when empty or not a number (then the filter is off). */
    public Integer yearNumber() {
      if (year.isEmpty()) {
        return null;
      }
      try {
        int y = Integer.parseInt(year);
        return y >= 2000 && y <= 2100 ? y : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }

    private static String clean(String s) {
      return s == null ? "" : s.strip();
    }
  }
}
