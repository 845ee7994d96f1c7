package cn.yangguang.catalogue.application;

import cn.yangguang.catalogue.domain.RowProblem;
import java.util.List;

/** A file that cannot be read as the exchange format at all (not CSV/XLSX, bad header, too big). */
public class CatalogueFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<RowProblem> problems;

  public CatalogueFileException(List<RowProblem> problems) {
    super(problems.toString());
    this.problems = List.copyOf(problems);
  }

  /** What is wrong, by row and column. */
  public List<RowProblem> problems() {
    return problems;
  }
}
