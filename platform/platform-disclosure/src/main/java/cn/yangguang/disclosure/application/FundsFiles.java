package cn.yangguang.disclosure.application;

import cn.yangguang.disclosure.domain.FundsTable;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a funds table as a spreadsheet people download: CSV (UTF-8 with BOM) or XLSX. */
public interface FundsFiles {

  /** The table as CSV: code, parent, item, amount; the unit in the header. */
  void writeCsv(FundsTable table, OutputStream out) throws IOException;

  /** The table as an XLSX workbook of one sheet, amounts as numbers. */
  void writeXlsx(FundsTable table, OutputStream out) throws IOException;
}
