package org.totalplace.launcher.payara;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLogsTest {

  @Test
  void theFileHandlerWritesJsonOneLinePerEventAndASecondRunChangesNothing(@TempDir Path dir)
      throws Exception {
    Path properties = dir.resolve("logging.properties");
    Files.writeString(
        properties,
        "handlers=java.util.logging.ConsoleHandler\n"
            + "com.sun.enterprise.server.logging.GFFileHandler.formatter="
            + "com.sun.enterprise.server.logging.ODLLogFormatter\n"
            + "com.sun.enterprise.server.logging.GFFileHandler.multiLineMode=true\n");

    JsonLogs.configure(properties);
    String once = Files.readString(properties);
    JsonLogs.configure(properties);

    assertThat(Files.readString(properties)).isEqualTo(once);
    assertThat(once)
        .contains("GFFileHandler.formatter=" + JsonLogs.FORMATTER)
        .contains("GFFileHandler.multiLineMode=false")
        .doesNotContain("ODLLogFormatter")
        .startsWith("handlers=java.util.logging.ConsoleHandler");
  }
}
