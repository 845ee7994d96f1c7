package cn.yangguang.catalogue.application;

import cn.yangguang.catalogue.domain.RowProblem;
import java.util.List;
import java.util.UUID;

/**
 * What an import did: applied (every row stored) or rejected (nothing stored, every problem listed
 * by row and column).
 *
 * @param rows the item rows read (blank rows skipped)
 * @param created items that did not exist before
 * @param changed items that got a new version
 * @param unchanged items whose fields and status were already as in the file
 */
public record ImportReport(
    UUID id,
    boolean applied,
    int rows,
    int created,
    int changed,
    int unchanged,
    List<RowProblem> problems) {

  public ImportReport {
    problems = List.copyOf(problems);
  }
}
