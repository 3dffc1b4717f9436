package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.totalplace.launcher.Stack;

/**
 * Runs after every other system test (junit-platform.properties orders classes by @Order) and reads
 * every log the run wrote, the demo platform's included, for the full names of the people each
 * platform recorded: a log is kept longer and read by more people than the record it came from.
 */
@ExtendWith(Platform.class)
@Order(Integer.MAX_VALUE)
class LogsCarryNoPersonalDataIT {

  /** Left by DemoPlatformIT before its platform stops: the demo people's names, one a line. */
  static final String DEMO_NAMES = "people-names.txt";

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}'\\-]+");

  @Test
  void noLogOfTheRunNamesAPersonThePlatformsRecorded() throws Exception {
    Set<String> testNames = names(Platform.stack());
    assertThat(testNames).as("people the system tests recorded").isNotEmpty();
    assertThat(namesIn(logs(Platform.stack().home()), testNames)).isEmpty();

    Path demo = Path.of(Platform.stack().home() + "-demo");
    if (Files.exists(demo.resolve(DEMO_NAMES))) {
      Set<String> demoNames = new HashSet<>(lower(Files.readAllLines(demo.resolve(DEMO_NAMES))));
      assertThat(demoNames).as("demo people").contains("liam o'connor", "aisha khan");
      assertThat(namesIn(logs(demo), demoNames)).isEmpty();
    }
  }

  @Test
  void everyLineTheServerWritesIsOneJsonObject() throws Exception {
    List<String> lines = OperationsIT.serverLogLines(Platform.stack().home());
    assertThat(lines).isNotEmpty();
    boolean inLauncherBlock = false;
    for (String line : lines) {
      // asadmin's launcher writes its few lines of each start (the JVM's command line) before
      // the server and its formatter exist, in Payara's plain format: the one exception.
      if (line.startsWith("[") && line.contains("[jakarta.enterprise.launcher]")) {
        inLauncherBlock = true;
      }
      if (inLauncherBlock) {
        inLauncherBlock = !line.endsWith("]]");
        continue;
      }
      if (!line.isBlank()) {
        JsonNode event = Api.JSON.readTree(line);
        assertThat(event.has("Timestamp") && event.has("Level")).as(line).isTrue();
      }
    }
  }

  /** The full names of everyone a platform holds, lower case. */
  static Set<String> names(Stack stack) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Connection db =
            java.sql.DriverManager.getConnection(
                stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        Statement sql = db.createStatement();
        ResultSet rs =
            sql.executeQuery("select distinct given_name || ' ' || family_name from person_name")) {
      while (rs.next()) {
        names.add(rs.getString(1).toLowerCase(Locale.UK));
      }
    }
    return names;
  }

  /** Saves a platform's names beside its logs, for the check above after it has stopped. */
  static void rememberNames(Stack stack) throws SQLException, IOException {
    Files.write(stack.home().resolve(DEMO_NAMES), names(stack), StandardCharsets.UTF_8);
  }

  /** The names found in any log line: each pair of neighbouring words looked up, not scanned. */
  static List<String> namesIn(List<Path> logs, Set<String> names) throws IOException {
    List<String> found = new ArrayList<>();
    for (Path log : logs) {
      try (Stream<String> lines = Files.lines(log, StandardCharsets.ISO_8859_1)) {
        lines.forEach(
            line -> {
              String[] words = WORDS.split(line.toLowerCase(Locale.UK));
              for (int i = 0; i + 1 < words.length; i++) {
                String pair = words[i] + ' ' + words[i + 1];
                if (names.contains(pair)) {
                  found.add(pair + " in " + log.getFileName() + ": " + line);
                }
              }
            });
      }
    }
    return found;
  }

  static List<Path> logs(Path home) throws IOException {
    try (Stream<Path> files = Files.walk(home)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().contains("/logs/"))
          .filter(p -> !p.toString().contains("/pgdata/"))
          .toList();
    }
  }

  private static List<String> lower(List<String> lines) {
    return lines.stream().map(l -> l.toLowerCase(Locale.UK)).toList();
  }
}
