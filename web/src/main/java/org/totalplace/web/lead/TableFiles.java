package org.totalplace.web.lead;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.totalplace.export.entity.Table;

/** Writes a table as CSV (Apache Commons CSV) or as an Excel workbook (fastexcel). */
public final class TableFiles {

  static final ZoneId UK = ZoneId.of("Europe/London");
  static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private TableFiles() {}

  /**
   * CSV with a byte-order mark so Excel reads UTF-8 names right. A cell that a spreadsheet would
   * run as a formula (starting =, +, - or @) is prefixed with an apostrophe: CSV injection.
   */
  public static void csv(Table table, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\ufeff');
    try (CSVPrinter printer =
        CSVFormat.EXCEL
            .builder()
            .setHeader(table.getColumns().toArray(String[]::new))
            .get()
            .print(writer)) {
      for (List<Object> row : table.getRows()) {
        List<String> cells = new ArrayList<>();
        for (Object cell : row) {
          cells.add(defused(text(cell)));
        }
        printer.printRecord(cells);
      }
    }
  }

  public static void xlsx(Table table, OutputStream out) throws IOException {
    Workbook workbook = new Workbook(out, "Totalplace", "1.0");
    Worksheet sheet = workbook.newWorksheet(sheetName(table.getName()));
    for (int c = 0; c < table.getColumns().size(); c++) {
      sheet.value(0, c, table.getColumns().get(c));
      sheet.style(0, c).bold().set();
    }
    int r = 1;
    for (List<Object> row : table.getRows()) {
      for (int c = 0; c < row.size(); c++) {
        Object cell = row.get(c);
        if (cell instanceof Number number) {
          sheet.value(r, c, number);
        } else if (cell instanceof LocalDate day) {
          sheet.value(r, c, day);
          sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (cell != null) {
          sheet.value(r, c, text(cell));
        }
      }
      r++;
    }
    workbook.finish();
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof Instant instant) {
      return MOMENT.format(instant.atZone(UK));
    }
    return cell.toString();
  }

  static String defused(String text) {
    return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)
        ? "'" + text
        : text;
  }

  private static boolean isNumber(String text) {
    return text.matches("-?\\d+(\\.\\d+)?");
  }

  /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
  static String sheetName(String name) {
    String safe = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
    return safe.length() > 31 ? safe.substring(0, 31) : safe;
  }
}
