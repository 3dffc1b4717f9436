package org.totalplace.launcher.payara;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Makes Payara write server.log as one JSON object per line (its own JSONLogFormatter), so that the
 * fields the app attaches to a line (correlation id, user, agency, request) are fields, not text.
 * Edits the domain's logging.properties in place; running it again changes nothing.
 */
final class JsonLogs {

  static final String FORMATTER = "fish.payara.enterprise.server.logging.JSONLogFormatter";

  private static final Map<String, String> SETTINGS =
      Map.of(
          "com.sun.enterprise.server.logging.GFFileHandler.formatter",
          FORMATTER,
          // Also exceptions as a field of their line, not lines of their own.
          "com.sun.enterprise.server.logging.GFFileHandler.multiLineMode",
          "false");

  private JsonLogs() {}

  static void configure(Path loggingProperties) {
    try {
      List<String> lines =
          new ArrayList<>(Files.readAllLines(loggingProperties, StandardCharsets.ISO_8859_1));
      for (var setting : SETTINGS.entrySet()) {
        set(lines, setting.getKey(), setting.getValue());
      }
      Files.write(loggingProperties, lines, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not set JSON logs in " + loggingProperties, e);
    }
  }

  static void set(List<String> lines, String key, String value) {
    String line = key + "=" + value;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(key + "=")) {
        lines.set(i, line);
        return;
      }
    }
    lines.add(line);
  }
}
