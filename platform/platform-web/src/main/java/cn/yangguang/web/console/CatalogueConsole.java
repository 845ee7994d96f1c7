package cn.yangguang.web.console;

import cn.yangguang.catalogue.domain.CodeBook;
import cn.yangguang.catalogue.domain.Codes;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.RowProblem;
import cn.yangguang.catalogue.domain.ServiceItem;
import cn.yangguang.kernel.identity.domain.Roles;
import cn.yangguang.kernel.identity.domain.StaffMember;
import cn.yangguang.kernel.tenancy.domain.TenantStructure;
import cn.yangguang.kernel.tenancy.domain.TenantStructure.DepartmentView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The pure parts of the catalogue's console pages: who may change which items, the rows of the list
 * and its filters, and what kind of file an upload is.
 */
public final class CatalogueConsole {

  /** The statuses the list shows and filters by (a working version is never superseded). */
  static final List<String> STATUSES = List.of("DRAFT", "PUBLISHED", "RETIRED");

  private CatalogueConsole() {}

  /**
   * Which items a staff member may change: a county admin all of them, a department admin those of
   * her department only (none when she has no department).
   *
   * @param department her department's code, or null
   */
  public record Scope(boolean all, String department) {

    /** The scope of a staff member of a county with this structure. */
    static Scope of(StaffMember me, TenantStructure structure) {
      if (me.roles().contains(Roles.ADMIN)) {
        return new Scope(true, null);
      }
      String code =
          structure.departments().stream()
              .filter(d -> d.id().equals(me.departmentId()))
              .map(DepartmentView::code)
              .findFirst()
              .orElse(null);
      return new Scope(false, code);
    }

    /** Whether she may change an item of this department. */
    public boolean mayChange(String itemDepartment) {
      return all || (department != null && department.equals(itemDepartment));
    }

    /** The department passed to the lifecycle: null for all, else hers ("" when she has none). */
    public String restriction() {
      return all ? null : (department == null ? "" : department);
    }
  }

  /**
   * An item as the console's list shows it.
   *
   * @param status {@code DRAFT}, {@code PUBLISHED} or {@code RETIRED} (the working version's)
   * @param published whether a version of it is public now (a draft may be open on top of it)
   * @param mayChange whether the viewer may publish or retire it
   */
  public record Row(
      String key,
      String name,
      String departmentCode,
      String department,
      String itemType,
      String status,
      int version,
      boolean published,
      boolean mayChange) {

    /** Whether the row offers "publish" (an open draft). */
    public boolean publishable() {
      return mayChange && "DRAFT".equals(status);
    }

    /** Whether the row offers "retire" (a public version). */
    public boolean retirable() {
      return mayChange && published;
    }
  }

  /** The list's rows, in the repository's order (by key). */
  static List<Row> rows(
      List<ServiceItem> current,
      Set<String> publishedKeys,
      CodeBook book,
      Locale locale,
      TenantStructure structure,
      Scope scope) {
    boolean en = locale != null && "en".equals(locale.getLanguage());
    Map<String, DepartmentView> departments = new LinkedHashMap<>();
    structure.departments().forEach(d -> departments.putIfAbsent(d.code(), d));
    List<Row> rows = new ArrayList<>();
    for (ServiceItem i : current) {
      String code = i.fields().departmentCode();
      DepartmentView d = code == null ? null : departments.get(code);
      String department =
          d == null
              ? code
              : (en && d.nameEn() != null && !d.nameEn().isBlank() ? d.nameEn() : d.nameZh());
      String type =
          en
              ? book.labelEn(Codes.ITEM_TYPE, i.fields().itemType())
              : book.label(Codes.ITEM_TYPE, i.fields().itemType());
      String status = i.status() == ServiceItem.Status.SUPERSEDED ? "PUBLISHED" : i.status().name();
      rows.add(
          new Row(
              i.key(),
              i.fields().name(),
              code,
              department,
              type,
              status,
              i.version(),
              publishedKeys.contains(i.key()),
              scope.mayChange(code)));
    }
    return rows;
  }

  /**
   * The status filter asked for: one of {@link #STATUSES}, or empty for none (also when unknown).
   */
  static String status(String status) {
    String s = status == null ? "" : status.strip();
    return STATUSES.contains(s) ? s : "";
  }

  /**
   * The rows matching the filters; a blank or unknown status, or a blank department, is no filter.
   */
  static List<Row> filter(List<Row> rows, String status, String department) {
    String s = status(status);
    String d = department == null ? "" : department.strip();
    boolean byStatus = !s.isEmpty();
    return rows.stream()
        .filter(r -> !byStatus || r.status().equals(s))
        .filter(r -> d.isEmpty() || d.equals(r.departmentCode()))
        .toList();
  }

  /** Rows per page of the list. */
  static final int PAGE_SIZE = 50;

  /**
   * One page of the list.
   *
   * @param number the page shown, from 1
   * @param count the number of pages (at least 1)
   * @param total the rows on all pages
   */
  public record Page(List<Row> rows, int number, int count, int total) {

    /** The position of the first row shown, from 1 (0 when there are none). */
    public int first() {
      return total == 0 ? 0 : (number - 1) * PAGE_SIZE + 1;
    }

    /** The position of the last row shown. */
    public int last() {
      return Math.min(number * PAGE_SIZE, total);
    }

    public boolean hasPrevious() {
      return number > 1;
    }

    public boolean hasNext() {
      return number < count;
    }
  }

  /**
   * The page asked for: a number from 1; anything else (absent, not a number, out of range) shows
   * the nearest existing page.
   */
  static Page page(List<Row> rows, String requested) {
    int count = Math.max(1, (rows.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int number = 1;
    if (requested != null && requested.strip().matches("\\d{1,6}")) {
      number = Math.min(Math.max(1, Integer.parseInt(requested.strip())), count);
    }
    int from = (number - 1) * PAGE_SIZE;
    return new Page(
        rows.subList(from, Math.min(from + PAGE_SIZE, rows.size())), number, count, rows.size());
  }

  /** The number of rows per status, in {@link #STATUSES} order. */
  static Map<String, Long> counts(List<Row> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    STATUSES.forEach(s -> counts.put(s, rows.stream().filter(r -> r.status().equals(s)).count()));
    return counts;
  }

  /**
   * The rows of a file a department admin may not import: those of another department (an admin's
   * scope accepts every row). Blank rows and rows without a department are left to the import's own
   * checks.
   */
  static List<RowProblem> outOfScope(List<Map<Column, String>> rows, Scope scope) {
    if (scope.all()) {
      return List.of();
    }
    List<RowProblem> problems = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      String code = rows.get(i).getOrDefault(Column.DEPARTMENT, "").strip();
      if (!code.isEmpty() && !scope.mayChange(code)) {
        problems.add(
            scope.department() == null
                ? RowProblem.coded(
                    i + 2,
                    Column.DEPARTMENT,
                    "noDepartmentScope",
                    "a department admin without a department cannot import items")
                : RowProblem.coded(
                    i + 2,
                    Column.DEPARTMENT,
                    "otherDepartment",
                    "a department admin of "
                        + scope.department()
                        + " can only import that department's items, not "
                        + code,
                    scope.department(),
                    code));
      }
    }
    return problems;
  }

  /** The kinds of file the import reads. */
  enum FileKind {
    CSV,
    XLSX
  }

  /**
   * What an uploaded file is: by its name's extension, else by its declared type, else by its first
   * bytes (an XLSX workbook is a ZIP archive); null when it is neither CSV nor XLSX (an old binary
   * {@code .xls} workbook included).
   */
  static FileKind kind(String fileName, String contentType, byte[] content) {
    String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return FileKind.CSV;
    }
    if (name.endsWith(".xlsx")) {
      return FileKind.XLSX;
    }
    if (name.endsWith(".xls")) {
      return null;
    }
    String type =
        contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (type.equals("text/csv")) {
      return FileKind.CSV;
    }
    if (type.equals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")) {
      return FileKind.XLSX;
    }
    if (content != null
        && content.length >= 4
        && content[0] == 'P'
        && content[1] == 'K'
        && content[2] == 3
        && content[3] == 4) {
      return FileKind.XLSX;
    }
    return null;
  }

  /** A name for the import log: at most 200 characters, a default for none. */
  static String logName(String fileName) {
    String n = fileName == null || fileName.isBlank() ? "upload" : fileName;
    return n.length() > 200 ? n.substring(0, 200) : n;
  }
}
