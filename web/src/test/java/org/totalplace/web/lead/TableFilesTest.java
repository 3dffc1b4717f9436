package org.totalplace.web.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.totalplace.export.entity.Table;

class TableFilesTest {

  static final Table TABLE =
      new Table("Team caseloads", List.of("Worker", "Points", "Since"))
          .row("Hana Reid", 41, LocalDate.of(2026, 11, 2))
          .row("=HYPERLINK(\"http://evil\")", -3, null);

  @Test
  void csvHasAHeaderAndDefusesFormulas() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableFiles.csv(TABLE, out);
    String csv = out.toString(StandardCharsets.UTF_8);
    assertThat(csv).startsWith("\ufeffWorker,Points,Since\r\n");
    assertThat(csv).contains("Hana Reid,41,2026-11-02\r\n");
    // A formula is written as text; a negative number stays a number.
    assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",-3,\r\n");
  }

  @Test
  void excelIsAZipWorkbookWithASafeSheetName() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableFiles.xlsx(TABLE, out);
    byte[] file = out.toByteArray();
    assertThat(file[0]).isEqualTo((byte) 'P');
    assertThat(file[1]).isEqualTo((byte) 'K');
    assertThat(TableFiles.sheetName("Caseload of a/very:long[name] that goes on and on"))
        .hasSize(31)
        .doesNotContain("/", ":", "[");
  }
}
