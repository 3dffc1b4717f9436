package org.totalplace.bench.search;

import java.nio.file.Path;

/**
 * How a search benchmark runs. Without a database URL it starts a fresh embedded PostgreSQL in
 * {@code pgDirectory}.
 */
public record Options(
    long people,
    long seed,
    int queries,
    int warmup,
    String dbUrl,
    String dbUser,
    String dbPassword,
    Path results,
    Path pgDirectory) {

  static final String USAGE =
      "usage: bench/search [--people N] [--seed S] [--queries Q] [--warmup W]"
          + " [--db-url jdbc:postgresql://... --db-user U --db-password P]"
          + " [--results DIR] [--pg-dir DIR]";

  public static Options defaults() {
    return new Options(
        1_000_000, 42, 2000, 200, null, null, null, Path.of("results"), Path.of("target/pg"));
  }

  public static Options parse(String... args) {
    Options o = defaults();
    for (int i = 0; i < args.length; i++) {
      String flag = args[i];
      if (flag.equals("--help") || flag.equals("-h")) {
        throw new IllegalArgumentException(USAGE);
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(flag + " needs a value; " + USAGE);
      }
      String value = args[++i];
      o =
          switch (flag) {
            case "--people" -> o.withPeople(number(flag, value));
            case "--seed" -> o.withSeed(number(flag, value));
            case "--queries" -> o.withQueries((int) number(flag, value));
            case "--warmup" -> o.withWarmup((int) number(flag, value));
            case "--db-url" -> o.withDatabase(value, o.dbUser, o.dbPassword);
            case "--db-user" -> o.withDatabase(o.dbUrl, value, o.dbPassword);
            case "--db-password" -> o.withDatabase(o.dbUrl, o.dbUser, value);
            case "--results" -> o.withResults(Path.of(value));
            case "--pg-dir" -> o.withPgDirectory(Path.of(value));
            default -> throw new IllegalArgumentException("Unknown option " + flag + "; " + USAGE);
          };
    }
    if (o.queries < 1 || o.warmup < 0) {
      throw new IllegalArgumentException("--queries must be at least 1, --warmup at least 0");
    }
    return o;
  }

  public Options withPeople(long people) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  public Options withSeed(long seed) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  public Options withQueries(int queries) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  public Options withWarmup(int warmup) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  public Options withDatabase(String url, String user, String password) {
    return new Options(people, seed, queries, warmup, url, user, password, results, pgDirectory);
  }

  public Options withResults(Path results) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  public Options withPgDirectory(Path pgDirectory) {
    return new Options(
        people, seed, queries, warmup, dbUrl, dbUser, dbPassword, results, pgDirectory);
  }

  /** The options as a command line, without the password. */
  String commandLine() {
    return "bench/search --people "
        + people
        + " --seed "
        + seed
        + " --queries "
        + queries
        + " --warmup "
        + warmup
        + (dbUrl == null
            ? ""
            : " --db-url " + dbUrl + (dbUser == null ? "" : " --db-user " + dbUser));
  }

  private static long number(String flag, String value) {
    try {
      return Long.parseLong(value.replace("_", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(flag + " needs a whole number, not " + value);
    }
  }
}
