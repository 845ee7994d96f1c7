package cn.yangguang.catalogue.infrastructure;

import cn.yangguang.catalogue.application.CatalogueFileException;
import cn.yangguang.catalogue.application.CatalogueFiles;
import cn.yangguang.catalogue.domain.Column;
import cn.yangguang.catalogue.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * {@link CatalogueFiles} with Apache Commons CSV and FastExcel (streaming XLSX without Apache POI).
 * Both read into the same rows, so one importer serves both formats.
 */
@ApplicationScoped
public class TabularCatalogueFiles implements CatalogueFiles {

  /**
   * Columns every file must have, a province's master included (the others may be left out, e.g. by
   * a county without them; 实施主体, required of each county row, is absent from a master file).
   */
  static final Set<Column> REQUIRED =
      Set.of(
          Column.KEY,
          Column.NAME,
          Column.ITEM_TYPE,
          Column.BASE_CODE,
          Column.HIERARCHY,
          Column.LEGAL_BASIS);

  @Override
  public List<Map<Column, String>> readCsv(InputStream in) throws IOException {
    Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
    try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(reader)) {
      List<String[]> raw = new ArrayList<>();
      for (CSVRecord r : parser) {
        raw.add(r.values());
        if (raw.size() > MAX_ROWS + 1) {
          throw tooMany();
        }
      }
      return rows(raw);
    } catch (java.io.UncheckedIOException | IllegalStateException e) {
      throw new CatalogueFileException(
          List.of(problem(1, null, "unreadableCsv", "not a readable CSV file: ", e.getMessage())));
    }
  }

  @Override
  public List<Map<Column, String>> readXlsx(InputStream in) throws IOException {
    List<String[]> raw = new ArrayList<>();
    try (ReadableWorkbook wb = new ReadableWorkbook(in)) {
      for (Row r : wb.getFirstSheet().read()) {
        String[] cells = new String[r.getCellCount()];
        for (int i = 0; i < cells.length; i++) {
          cells[i] = r.getCellText(i);
        }
        while (raw.size() < r.getRowNum() - 1) {
          raw.add(new String[0]);
        }
        raw.add(cells);
        if (raw.size() > MAX_ROWS + 1) {
          throw tooMany();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof CatalogueFileException c) {
        throw c;
      }
      throw new CatalogueFileException(
          List.of(
              problem(
                  1, null, "unreadableXlsx", "not a readable XLSX workbook: ", e.getMessage())));
    }
    return rows(raw);
  }

  @Override
  public void writeCsv(List<Map<Column, String>> rows, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write('\uFEFF');
    try (CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180)) {
      List<String> header = new ArrayList<>();
      for (Column c : Column.values()) {
        header.add(c.header());
      }
      p.printRecord(header);
      for (Map<Column, String> row : rows) {
        List<String> cells = new ArrayList<>();
        for (Column c : Column.values()) {
          cells.add(row.getOrDefault(c, ""));
        }
        p.printRecord(cells);
      }
    }
  }

  @Override
  public void writeXlsx(List<Map<Column, String>> rows, OutputStream out) throws IOException {
    Workbook wb = new Workbook(out, "Yangguang", "1.0");
    Worksheet ws = wb.newWorksheet("事项目录");
    Column[] columns = Column.values();
    for (int c = 0; c < columns.length; c++) {
      ws.value(0, c, columns[c].header());
      ws.style(0, c).bold().set();
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < columns.length; c++) {
        String v = rows.get(r).getOrDefault(columns[c], "");
        if (!v.isEmpty()) {
          ws.value(r + 1, c, v);
        }
      }
    }
    wb.finish();
  }

  /** Maps raw rows onto columns by the header row, refusing unknown and missing columns. */
  private static List<Map<Column, String>> rows(List<String[]> raw) {
    if (raw.isEmpty()) {
      throw new CatalogueFileException(
          List.of(new RowProblem(1, null, "the file is empty", "emptyFile", List.of())));
    }
    String[] header = raw.get(0);
    Column[] byIndex = new Column[header.length];
    List<RowProblem> problems = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String h = header[i] == null ? "" : header[i].strip().replace("\uFEFF", "");
      if (h.isEmpty()) {
        continue;
      }
      int index = i;
      Column.ofHeader(h)
          .ifPresentOrElse(
              c -> byIndex[index] = c,
              () ->
                  problems.add(
                      new RowProblem(
                          1, h, "unknown column (see the format)", "unknownColumn", List.of())));
    }
    for (Column c : REQUIRED) {
      if (!java.util.Arrays.asList(byIndex).contains(c)) {
        problems.add(
            new RowProblem(1, c.header(), "required column missing", "missingColumn", List.of()));
      }
    }
    if (!problems.isEmpty()) {
      throw new CatalogueFileException(problems);
    }
    List<Map<Column, String>> out = new ArrayList<>();
    for (int r = 1; r < raw.size(); r++) {
      Map<Column, String> cells = new EnumMap<>(Column.class);
      String[] values = raw.get(r);
      for (int i = 0; i < values.length && i < byIndex.length; i++) {
        if (byIndex[i] != null && values[i] != null) {
          cells.put(byIndex[i], values[i].strip());
        }
      }
      out.add(cells);
    }
    return out;
  }

  private static CatalogueFileException tooMany() {
    return new CatalogueFileException(
        List.of(
            new RowProblem(
                MAX_ROWS + 2,
                null,
                "more than " + MAX_ROWS + " rows",
                "tooManyRows",
                List.of(String.valueOf(MAX_ROWS)))));
  }

  /** A problem of the whole file whose reason ends with a detail (the parser's message). */
  private static RowProblem problem(
      int row, String column, String code, String reason, String detail) {
    String d = detail == null ? "" : detail;
    return new RowProblem(row, column, reason + d, code, List.of(d));
  }
}
