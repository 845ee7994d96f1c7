package cn.yangguang.web.console;

import cn.yangguang.catalogue.application.ImportReport;
import cn.yangguang.catalogue.domain.RowProblem;
import java.util.List;

/**
 * What the import page shows.
 *
 * @param state {@code running}, {@code applied}, {@code rejected}, {@code failed}, {@code
 *     tooLarge}, {@code wrongType}, {@code noFile}, {@code busy} or {@code unknown}
 * @param fileName the uploaded file's name, or null
 * @param progress the import while running or finished, else null
 * @param report the outcome of a finished import, else null
 * @param problems what is wrong with a rejected file, by row and column
 */
public record CatalogueImportPage(
    String state,
    String fileName,
    CatalogueImports.Snapshot progress,
    ImportReport report,
    List<RowProblem> problems) {

  /** The most problems a page lists; a file with more says how many were left out. */
  static final int MAX_SHOWN = 1000;

  public CatalogueImportPage {
    problems =
        problems.stream()
            .sorted(java.util.Comparator.comparingInt(RowProblem::row))
            .toList(); // stable: a row's problems keep their order
  }

  /** The problems listed: the first {@link #MAX_SHOWN}. */
  public List<RowProblem> shownProblems() {
    return problems.size() > MAX_SHOWN ? problems.subList(0, MAX_SHOWN) : problems;
  }

  /** How many problems are not listed. */
  public int hiddenProblems() {
    return Math.max(0, problems.size() - MAX_SHOWN);
  }

  static CatalogueImportPage of(String state) {
    return new CatalogueImportPage(state, null, null, null, List.of());
  }

  CatalogueImportPage named(String name) {
    return new CatalogueImportPage(state, name, progress, report, problems);
  }

  static CatalogueImportPage rejected(String fileName, List<RowProblem> problems) {
    return new CatalogueImportPage("rejected", fileName, null, null, problems);
  }

  static CatalogueImportPage running(CatalogueImports.Snapshot s) {
    return new CatalogueImportPage("running", s.fileName(), s, null, List.of());
  }

  static CatalogueImportPage failed(CatalogueImports.Snapshot s) {
    return new CatalogueImportPage("failed", s.fileName(), s, null, List.of());
  }

  static CatalogueImportPage finished(CatalogueImports.Snapshot s) {
    ImportReport r = s.report();
    return new CatalogueImportPage(
        r.applied() ? "applied" : "rejected", s.fileName(), s, r, r.problems());
  }
}
