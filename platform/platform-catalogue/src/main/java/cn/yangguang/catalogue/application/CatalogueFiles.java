package cn.yangguang.catalogue.application;

import cn.yangguang.catalogue.domain.Column;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;

/**
 * Reading and writing the exchange format as CSV or XLSX (docs/catalogue-format.md).
 *
 * <p>Reading checks the header row: an unknown or missing required column fails with {@link
 * CatalogueFileException} naming it (row 1). Cells are trimmed; a file is at most {@link #MAX_ROWS}
 * rows. Thread-safe.
 */
public interface CatalogueFiles {

  /** The most rows a file may have. */
  int MAX_ROWS = 20_000;

  /** Reads a CSV file (UTF-8, with or without a byte-order mark). */
  List<Map<Column, String>> readCsv(InputStream in) throws IOException;

  /** Reads the first sheet of an XLSX workbook. */
  List<Map<Column, String>> readXlsx(InputStream in) throws IOException;

  /**
   * Writes rows as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read it as UTF-8).
   */
  void writeCsv(List<Map<Column, String>> rows, OutputStream out) throws IOException;

  /** Writes rows as an XLSX workbook with one sheet. */
  void writeXlsx(List<Map<Column, String>> rows, OutputStream out) throws IOException;
}
