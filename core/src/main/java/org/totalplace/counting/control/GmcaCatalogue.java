package org.totalplace.counting.control;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.CatalogueRow;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

/**
 * Reads a unit cost file in the Greater Manchester (GMCA / New Economy) Unit Cost Database layout:
 * code, category, detail, description, unit, cost_gbp, agency, agency_detail, price_year. Each bad
 * row is refused with its line and reason; the good rows are returned.
 */
public final class GmcaCatalogue {

  static final List<String> COLUMNS =
      List.of(
          "code",
          "category",
          "detail",
          "description",
          "unit",
          "cost_gbp",
          "agency",
          "agency_detail",
          "price_year");

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9&._/-]{0,31}");

  private GmcaCatalogue() {}

  /**
   * The rows of the file that can be taken; refusals go to {@code summary}. A year without a
   * deflator is refused, since such a cost could never be shown in the place's price year.
   */
  public static List<CatalogueRow> read(
      Reader file, IntPredicate yearHasDeflator, CatalogueImport summary) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .get();
    List<CatalogueRow> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CSVParser parser = CSVParser.builder().setReader(file).setFormat(format).get()) {
      List<String> missing =
          COLUMNS.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
      if (!missing.isEmpty()) {
        throw new InvalidInput(
            List.of(
                new FieldProblem(
                    "file",
                    "The file's first line must name the columns "
                        + String.join(", ", COLUMNS)
                        + "; it lacks "
                        + String.join(", ", missing))));
      }
      for (CSVRecord record : parser) {
        long line = record.getRecordNumber() + 1;
        String code = record.isMapped("code") && record.isSet("code") ? record.get("code") : null;
        String problem = problemWith(record, code, yearHasDeflator);
        if (problem == null && !seen.add(code)) {
          problem = "the code appears earlier in the file";
        }
        if (problem != null) {
          summary.refused(line, code, problem);
        } else {
          rows.add(row(record));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (IllegalArgumentException | IllegalStateException e) {
      // commons-csv's word for a quote left open or text after a closing quote.
      throw new InvalidInput(
          List.of(new FieldProblem("file", "The file is not valid CSV: " + e.getMessage())));
    }
    if (rows.isEmpty() && summary.getRefused().isEmpty()) {
      throw new InvalidInput(List.of(new FieldProblem("file", "The file holds no unit costs")));
    }
    return rows;
  }

  private static String problemWith(CSVRecord record, String code, IntPredicate hasDeflator) {
    if (!record.isConsistent()) {
      return "it has " + record.size() + " columns where the first line names " + COLUMNS.size();
    }
    if (code == null || !CODE.matcher(code).matches()) {
      return "give a code of letters, digits and . & _ / - (at most 32), such as HO4.1";
    }
    for (String required : List.of("category", "description", "unit", "agency")) {
      if (record.get(required).isBlank()) {
        return "the " + required + " is empty";
      }
    }
    BigDecimal value = money(record.get("cost_gbp"));
    if (value == null) {
      return "the cost \"" + record.get("cost_gbp") + "\" is not an amount in pounds and pence";
    }
    var year = FinancialYear.parse(record.get("price_year"));
    if (year.isEmpty()) {
      return "the price year \""
          + record.get("price_year")
          + "\" is not a financial year like 2010/11";
    }
    if (!hasDeflator.test(year.get())) {
      return "there is no GDP deflator for "
          + FinancialYear.label(year.get())
          + ": add it on the deflators page first";
    }
    return null;
  }

  /** "£1,234.5" as 1234.50; null for anything that is not a non-negative amount to the penny. */
  static BigDecimal money(String written) {
    String plain = written.replace("£", "").replace(",", "").trim();
    try {
      BigDecimal value = new BigDecimal(plain);
      if (value.signum() < 0 || value.stripTrailingZeros().scale() > 2) {
        return null;
      }
      return value.setScale(2);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static CatalogueRow row(CSVRecord r) {
    return new CatalogueRow(
        r.get("code"),
        r.get("category"),
        blankAsNull(r.get("detail")),
        r.get("description"),
        r.get("unit"),
        money(r.get("cost_gbp")),
        r.get("agency"),
        blankAsNull(r.get("agency_detail")),
        FinancialYear.parse(r.get("price_year")).orElseThrow());
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
