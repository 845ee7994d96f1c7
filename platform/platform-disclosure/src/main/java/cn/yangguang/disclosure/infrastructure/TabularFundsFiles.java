package cn.yangguang.disclosure.infrastructure;

import cn.yangguang.disclosure.application.FundsFiles;
import cn.yangguang.disclosure.domain.FundsTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * {@link FundsFiles} with commons-csv and fastexcel, the libraries the catalogue's exchange format
 * uses (ADR 0018). Item names are indented by depth so the tree reads in a spreadsheet too.
 */
@ApplicationScoped
public class TabularFundsFiles implements FundsFiles {

  static final String[] HEADER = {"编码 code", "上级 parent", "项目 item", "金额 amount"};

  @Override
  public void writeCsv(FundsTable table, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // Excel reads UTF-8 by the BOM
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT);
    csv.printRecord(table.title(), table.fiscalYear(), unit(table));
    csv.printRecord((Object[]) HEADER);
    for (FundsTable.FundsLine l : table.lines()) {
      csv.printRecord(
          l.code(),
          l.parentCode() == null ? "" : l.parentCode(),
          "  ".repeat(table.depth(l)) + l.name(),
          l.amount().toPlainString());
    }
    csv.flush();
  }

  @Override
  public void writeXlsx(FundsTable table, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Yangguang", "1.0");
    Worksheet ws = wb.newWorksheet(String.valueOf(table.fiscalYear()));
    ws.value(0, 0, table.title());
    ws.value(0, 1, table.fiscalYear());
    ws.value(0, 2, unit(table));
    for (int c = 0; c < HEADER.length; c++) {
      ws.value(1, c, HEADER[c]);
    }
    int row = 2;
    for (FundsTable.FundsLine l : table.lines()) {
      ws.value(row, 0, l.code());
      ws.value(row, 1, l.parentCode() == null ? "" : l.parentCode());
      ws.value(row, 2, "  ".repeat(table.depth(l)) + l.name());
      ws.value(row, 3, l.amount());
      ws.style(row, 3).format("#,##0.00").set();
      row++;
    }
    wb.finish();
  }

  private static String unit(FundsTable table) {
    return table.unit() == FundsTable.Unit.YUAN ? "单位：元" : "单位：万元";
  }
}
