package org.totalplace.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.totalplace.generator.population.IndexBuild;
import org.totalplace.generator.population.LoadResult;
import org.totalplace.generator.population.TableCopy;

/** The Markdown report of one search benchmark run. */
record SearchReport(
    LocalDateTime ran,
    Options options,
    Machine machine,
    String database,
    DatabaseFacts facts,
    LoadResult load,
    List<SetResult> sets,
    long heapPeakBytes) {

  /** Writes {@code search-<date>-<people>.md} into {@code directory}; answers its path. */
  Path write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file =
        directory.resolve(
            "search-"
                + ran.format(DateTimeFormatter.ISO_LOCAL_DATE)
                + "-"
                + options.people()
                + ".md");
    Files.writeString(file, markdown());
    return file;
  }

  String markdown() {
    StringBuilder md = new StringBuilder();
    md.append(f("# Person search on %,d people%n%n", options.people()));
    md.append(f("- Date: %s%n", ran.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"))));
    md.append(f("- Command: `%s`%n", options.commandLine()));
    md.append(
        f(
            "- Machine: %d cores (%s), memory %s, %s%n",
            machine.cores(), machine.cpu(), machine.memory(), machine.os()));
    md.append(f("- Java (`java -version`):%n%n```%n%s%n```%n%n", machine.java()));
    md.append(f("- PostgreSQL: %s; %s%n", facts.version(), database));
    md.append("- Settings: ");
    md.append(
        String.join(
            ", ",
            facts.settings().entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .toList()));
    md.append(f("%n- JVM heap peak: %,d MB%n%n", heapPeakBytes / (1024 * 1024)));

    md.append("## Data\n\n");
    md.append(
        f(
            "%,d people, %,d names (current and previous), %,d identifiers (NHS numbers).%n%n",
            load.people(), load.names(), load.identifiers()));
    md.append("| stage | rows | time | rate |\n|---|---:|---:|---:|\n");
    for (TableCopy table : load.tables()) {
      md.append(
          f(
              "| COPY %s | %,d | %.1f s | %,.0f rows/s |%n",
              table.table(),
              table.rows(),
              s(table.took().toNanos()),
              table.rows() / s(table.took().toNanos())));
    }
    md.append(
        f(
            "| **load** | %,d | %.1f s | %,.0f rows/s, %,.0f people/s |%n",
            load.rows(),
            s(load.copy().toNanos()),
            load.rows() / s(load.copy().toNanos()),
            load.people() / s(load.copy().toNanos())));
    md.append(
        f(
            "| **index build** (%d indexes) | | %.1f s | |%n",
            load.indexes().size(), s(load.indexBuild().toNanos())));
    md.append(f("| vacuum (analyze) | | %.1f s | |%n%n", s(load.vacuumAnalyze().toNanos())));
    md.append("| index (rebuilt as the migrations define it) | build time |\n|---|---:|\n");
    for (IndexBuild index : load.indexes()) {
      md.append(f("| `%s` | %.1f s |%n", index.definition(), s(index.took().toNanos())));
    }
    md.append("\n| table | rows | heap | indexes |\n|---|---:|---:|---:|\n");
    for (String[] table : facts.tables()) {
      md.append(
          f("| %s | %,d | %s | %s |%n", table[0], Long.parseLong(table[1]), table[2], table[3]));
    }

    md.append(
        f(
            "%n## Search%n%nOne connection, queries one after another; %,d timed queries per set after"
                + " %,d to warm up; latency from execute to the last row read. Recall: share of"
                + " queries whose person is among the (at most 20) answered. Baseline: exact-match"
                + " SQL on the correctly spelt name, no fuzziness.%n%n",
            options.queries(), options.warmup()));
    md.append(table());
    md.append(
        f(
            "%nThe machine's 1-minute load average before and after each set (the benchmark"
                + " itself accounts for about 1; more means other work shared the %d cores and"
                + " inflated the latencies): ",
            machine.cores()));
    md.append(
        String.join(
            ", ",
            sets.stream()
                .map(
                    set ->
                        f(
                            "%d. %.2f → %.2f",
                            set.set().ordinal() + 1, set.loadAverages()[0], set.loadAverages()[1]))
                .toList()));
    md.append(".\n");
    for (SetResult set : sets) {
      if (set.namesakes() != null) {
        var n = set.namesakes();
        md.append(
            f(
                "%nName alone: the searched-for person shares the exact name with a median of %,d"
                    + " people; %,d of %,d queries were for a name held by at most 20, and for"
                    + " those recall is %.1f%%.%n",
                n.median(), n.queriesWithFew(), set.search().count(), 100 * n.recallWithFew()));
      }
    }
    md.append("\n## Plans\n\nEXPLAIN (ANALYZE, BUFFERS) of the first timed query of each set.\n");
    for (SetResult set : sets) {
      md.append(f("%n### %s%n%n%s%n", set.set().title(), summary(set.plan())));
      md.append(f("%n```sql%n%s%n```%n%n```%n%s```%n", set.set().sql(), set.plan()));
      if (set.hasBaseline()) {
        md.append(f("%nBaseline: %s%n", summary(set.baselinePlan())));
        md.append(
            f("%n```sql%n%s%n```%n%n```%n%s```%n", set.set().baselineSql(), set.baselinePlan()));
      }
    }
    return md.toString();
  }

  /** The results table, as printed to stdout too. */
  String table() {
    StringBuilder md = new StringBuilder();
    md.append(
        "| set | p50 ms | p95 ms | p99 ms | queries/s | recall % | baseline p50 ms |"
            + " baseline p95 ms | ratio p50 | baseline recall % |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    int n = 1;
    for (SetResult set : sets) {
      var search = set.search();
      md.append(
          f(
              "| %d. %s | %.2f | %.2f | %.2f | %.0f | %.1f |",
              n++,
              set.set().title(),
              search.p50(),
              search.p95(),
              search.p99(),
              search.perSecond(),
              100 * set.recall()));
      if (set.hasBaseline()) {
        md.append(
            f(
                " %.2f | %.2f | %.1f | %.1f |%n",
                set.baseline().p50(),
                set.baseline().p95(),
                set.ratio(),
                100 * set.baselineRecall()));
      } else {
        md.append(" – | – | – | – |\n");
      }
    }
    return md.toString();
  }

  /** The top node and the times of a plan, in one line. */
  static String summary(String plan) {
    String[] lines = plan.split("\n");
    String top = lines[0].strip();
    int cost = top.indexOf("  (cost=");
    String node = cost < 0 ? top : top.substring(0, cost);
    int actual = top.indexOf("(actual time=");
    String rows = actual < 0 ? "" : " " + top.substring(actual);
    String buffers =
        lines.length > 1 && lines[1].strip().startsWith("Buffers:") ? "; " + lines[1].strip() : "";
    String planning = "";
    String execution = "";
    for (String line : lines) {
      String l = line.strip();
      if (l.startsWith("Planning Time:")) {
        planning = l;
      } else if (l.startsWith("Execution Time:")) {
        execution = l;
      }
    }
    return f("Top node **%s**%s%s; %s; %s.", node, rows, buffers, planning, execution);
  }

  private static double s(long nanos) {
    return nanos / 1e9;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.UK, format, args);
  }
}
