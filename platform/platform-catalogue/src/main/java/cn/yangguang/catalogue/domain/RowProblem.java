package cn.yangguang.catalogue.domain;

/**
 * One problem of an imported file: where it is (row number counting the header as row 1, and the
 * column's header, or null for a problem of the whole row) and why.
 */
public record RowProblem(int row, String column, String reason) {

  /** A problem of one cell. */
  public static RowProblem of(int row, Column column, String reason) {
    return new RowProblem(row, column == null ? null : column.header(), reason);
  }

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
  }
}
