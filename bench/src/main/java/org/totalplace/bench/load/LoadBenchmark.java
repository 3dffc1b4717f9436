package org.totalplace.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.totalplace.bench.referral.PlatformClient;
import org.totalplace.launcher.Stack;

/**
 * bench/load: starts its own platform with fresh data, records the people the load is about, runs
 * {@link ApiLoad} with Gatling at the chosen number of active systems' sessions, then times the raw
 * SQL of the same work against the same PostgreSQL, and writes one report beside Gatling's.
 */
public final class LoadBenchmark {

  private LoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    int users = Integer.parseInt(options.getOrDefault("users", "20"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
    int people = Integer.parseInt(options.getOrDefault("people", "200"));
    Path results = Path.of(options.getOrDefault("results", "results")).toAbsolutePath();
    try (Stack stack =
        Stack.configure()
            .home(Path.of(options.getOrDefault("home", "target/stack-load")))
            .dist(Path.of(options.getOrDefault("dist", "../launcher/target/dist")))
            .portOffset(Integer.parseInt(options.getOrDefault("port-offset", "30000")))
            .demoData(false)
            .freshData(true)
            .start()) {
      PlatformClient housing =
          new PlatformClient(stack.apiUrl(), stack.keycloakUrl(), "housing-system");
      long service = drugAndAlcoholService(housing);
      System.out.println("Recording " + people + " people with consent to share ...");
      List<Long> ids = LoadPeople.record(housing, Math.min(people, 676));

      System.setProperty("load.api", stack.apiUrl());
      System.setProperty("load.keycloak", stack.keycloakUrl());
      System.setProperty("load.users", String.valueOf(users));
      System.setProperty("load.seconds", String.valueOf(seconds));
      System.setProperty("load.service", String.valueOf(service));
      System.setProperty(
          "load.people", ids.stream().map(String::valueOf).collect(Collectors.joining(",")));
      Path gatling = results.resolve("gatling");
      Files.createDirectories(gatling);
      System.out.println(
          "Running " + users + " active sessions for " + seconds + " s with Gatling ...");
      int status =
          io.gatling.app.Gatling$.MODULE$.fromArgs(
              new String[] {"-s", ApiLoad.class.getName(), "-rf", gatling.toString()});
      System.out.println("Gatling finished with status " + status);

      System.out.println("Timing the raw SQL baselines ...");
      RawBaselines baselines =
          RawBaselines.measure(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword(), ids, service);
      Path run = GatlingStats.newestRun(gatling);
      GatlingStats stats = GatlingStats.read(run);
      String report =
          LoadReport.render(LocalDate.now(), users, seconds, ids.size(), stats, baselines, run);
      Files.createDirectories(results);
      Path file = results.resolve("load-" + LocalDate.now() + "-" + users + "-users.md");
      Files.writeString(file, report);
      System.out.println(report);
      System.out.println("Written to " + file);
    }
  }

  private static long drugAndAlcoholService(PlatformClient housing) {
    for (JsonNode s : housing.get("/services")) {
      if (s.get("agency").asText().equals("drug-alcohol")) {
        return s.get("id").asLong();
      }
    }
    throw new IllegalStateException("No drug and alcohol service in the directory");
  }
}
