package cn.yangguang.web.disclosure;

import cn.yangguang.disclosure.application.DocumentSearch;
import cn.yangguang.disclosure.domain.ColumnTree;
import cn.yangguang.disclosure.domain.DocumentStatus;
import cn.yangguang.disclosure.domain.Validity;
import cn.yangguang.web.http.ProblemException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the search form's filters, the same for the API and the portal page. */
final class DisclosureSearchForm {

  private DisclosureSearchForm() {}

  /**
   * The query: a column means it and its sub-columns; an unknown column or validity is a 400 naming
   * the field (an unknown agency simply finds nothing).
   */
  static DocumentSearch.Query query(
      String q, String column, String agency, Integer year, String validity, ColumnTree tree) {
    Set<String> columns = new HashSet<>();
    if (column != null && !column.isBlank()) {
      columns.addAll(tree.withDescendants(column.strip()));
      if (columns.isEmpty()) {
        throw ProblemException.badField("column", "no column " + column);
      }
    }
    Validity v = null;
    if (validity != null && !validity.isBlank()) {
      try {
        v = Validity.valueOf(validity.strip());
      } catch (IllegalArgumentException e) {
        throw ProblemException.badField("validity", "IN_FORCE or REPEALED");
      }
    }
    if (year != null && (year < 2000 || year > 2100)) {
      throw ProblemException.badField("year", "a year between 2000 and 2100");
    }
    return new DocumentSearch.Query(
        q.strip(), columns, agency == null || agency.isBlank() ? null : agency.strip(), year, v);
  }

  /** Status names; an unknown one is a 400. */
  static Set<DocumentStatus> statuses(List<String> names) {
    Set<DocumentStatus> out = EnumSet.noneOf(DocumentStatus.class);
    for (String n : names) {
      try {
        out.add(DocumentStatus.valueOf(n));
      } catch (IllegalArgumentException e) {
        throw ProblemException.badField("status", "unknown status " + n);
      }
    }
    return out;
  }
}
