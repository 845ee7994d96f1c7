package cn.yangguang.web.portal;

import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Codes and department codes as a page shows them in its language: the code book's Chinese label,
 * or its English one on an English page (the Chinese one when it has none); a department's name
 * from the county's structure (its code when the county no longer has it). Immutable.
 */
final class CodeLabels {

  private final CodeBook book;
  private final boolean english;
  private final Map<String, DepartmentView> departments;

  CodeLabels(CodeBook book, Locale locale, TenantStructure structure) {
    this.book = Objects.requireNonNull(book, "book");
    this.english = isEnglish(locale);
    this.departments =
        structure.departments().stream()
            .collect(Collectors.toMap(DepartmentView::code, Function.identity(), (a, b) -> a));
  }

  /** Whether pages in this locale are English (else Chinese). */
  static boolean isEnglish(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage());
  }

  boolean english() {
    return english;
  }

  /** A code's label, or null for no code. */
  String label(String list, String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return english ? book.labelEn(list, code) : book.label(list, code);
  }

  /** The labels of several codes, joined as the language lists things; null when there are none. */
  String labels(String list, List<String> codes) {
    if (codes == null || codes.isEmpty()) {
      return null;
    }
    return codes.stream().map(c -> label(list, c)).collect(Collectors.joining(separator()));
  }

  /** The list separator of the language: 、 or a comma. */
  String separator() {
    return english ? ", " : "、";
  }

  /** A department's name in the page's language, its code when the county does not know it. */
  String department(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    DepartmentView d = departments.get(code);
    if (d == null) {
      return code;
    }
    return english && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh();
  }
}
