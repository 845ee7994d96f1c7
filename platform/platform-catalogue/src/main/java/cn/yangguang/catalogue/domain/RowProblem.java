package cn.yangguang.catalogue.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One problem of an imported file: where it is (row number counting the header as row 1, and the
 * column's header, or null for a problem of the whole row) and why. {@code reason} is the English
 * text (logs, and clients that do not localise); {@code code} and {@code args} name the message the
 * pages show in the reader's language ({@code catalogue.problem.<code>}, arguments in order), null
 * for a problem without one.
 */
public record RowProblem(int row, String column, String reason, String code, List<String> args) {

  public RowProblem {
    args = args == null ? List.of() : List.copyOf(args);
  }

  /** A problem without a message code (shown in English everywhere). */
  public RowProblem(int row, String column, String reason) {
    this(row, column, reason, null, List.of());
  }

  /** A problem of one cell. */
  public static RowProblem of(int row, Column column, String reason) {
    return new RowProblem(row, column == null ? null : column.header(), reason);
  }

  /**
   * A problem of one cell with a message code.
   *
   * @param args the message's arguments, in order (null printed as empty)
   */
  public static RowProblem coded(
      int row, Column column, String code, String reason, Object... args) {
    return new RowProblem(
        row,
        column == null ? null : column.header(),
        reason,
        Objects.requireNonNull(code, "code"),
        Arrays.stream(args).map(a -> a == null ? "" : a.toString()).toList());
  }

  @Override
  public String toString() {
    return "row " + row + (column == null ? "" : ", column " + column) + ": " + reason;
  }
}
