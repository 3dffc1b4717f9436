package org.totalplace.launcher.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.totalplace.launcher.host.LaunchFailure;

/**
 * Continuous backup of the embedded PostgreSQL: every WAL segment is archived as it fills (or each
 * minute, whichever is first), and a base backup is a copy of the data directory taken between
 * {@code pg_backup_start} and {@code pg_backup_stop}. A restore puts a base backup back and replays
 * the archived WAL up to the moment asked for. Keycloak's database is in the same server, so the
 * realm comes back with the app's data.
 *
 * <p>Written with PostgreSQL's low-level backup API rather than pg_basebackup or pgBackRest because
 * the embedded binaries (zonky) carry only postgres, initdb and pg_ctl, and Debian's client tools
 * are an older major version that refuses a newer server.
 */
public final class Backups {

  /** What a base backup leaves out: PostgreSQL's list of runtime-only contents. */
  static final Set<String> RUNTIME_ONLY =
      Set.of(
          "postmaster.pid",
          "postmaster.opts",
          "pg_wal",
          "pg_replslot",
          "pg_dynshmem",
          "pg_notify",
          "pg_serial",
          "pg_snapshots",
          "pg_stat_tmp",
          "pg_subtrans",
          "backup_label",
          "tablespace_map");

  private static final DateTimeFormatter NAME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  /** PostgreSQL's own timestamp form, in UTC: it does not read ISO's T and Z. */
  static final DateTimeFormatter TARGET =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

  private Backups() {}

  /** Where WAL segments are archived, beside the data directory. */
  public static Path archive(Path home) {
    return home.resolve("backups/wal");
  }

  static Path baseBackups(Path home) {
    return home.resolve("backups/base");
  }

  /** The server settings that archive every WAL segment into {@link #archive(Path)}. */
  public static List<String[]> archiving(Path home) throws IOException {
    Path archive = Files.createDirectories(archive(home));
    return List.of(
        new String[] {"wal_level", "replica"},
        new String[] {"archive_mode", "on"},
        // Never overwrite: a segment already archived is kept as it was. zonky hands the settings
        // to pg_ctl, whose shell splits them at spaces: the quotes keep the command one value.
        new String[] {
          "archive_command", "'test ! -f " + archive + "/%f && cp %p " + archive + "/%f'"
        },
        // At most a minute of changes waits in a segment that has not filled.
        new String[] {"archive_timeout", "60"});
  }

  /**
   * Takes a base backup of the running server: answers the folder it is in. The WAL written during
   * the copy is archived before this returns, so the backup can be restored on its own.
   */
  public static Path backup(Connection superuser, Path dataDirectory, Path home)
      throws SQLException, IOException {
    Instant started = Instant.now();
    Path target = baseBackups(home).resolve(NAME.format(started));
    Path copying = target.resolveSibling(target.getFileName() + ".partial");
    try (Statement sql = superuser.createStatement()) {
      sql.execute("select pg_backup_start('totalplace " + NAME.format(started) + "', true)");
      copyData(dataDirectory, copying.resolve("data"));
      try (ResultSet stop =
          sql.executeQuery("select labelfile, spcmapfile from pg_backup_stop(true)")) {
        stop.next();
        Files.writeString(copying.resolve("data/backup_label"), stop.getString(1));
        String tablespaces = stop.getString(2);
        if (tablespaces != null && !tablespaces.isBlank()) {
          Files.writeString(copying.resolve("data/tablespace_map"), tablespaces);
        }
      }
      try (ResultSet end = sql.executeQuery("select now()")) {
        end.next();
        Files.writeString(
            copying.resolve("finished-at"),
            end.getObject(1, OffsetDateTime.class).toInstant().toString());
      }
    }
    Files.move(copying, target, StandardCopyOption.ATOMIC_MOVE);
    return target;
  }

  /** The newest base backup that had finished by {@code moment}, if any. */
  static Optional<Path> newestBefore(Path home, Instant moment) throws IOException {
    if (!Files.isDirectory(baseBackups(home))) {
      return Optional.empty();
    }
    try (Stream<Path> backups = Files.list(baseBackups(home))) {
      return backups
          .filter(b -> Files.exists(b.resolve("finished-at")))
          .filter(b -> !finishedAt(b).isAfter(moment))
          .max(Comparator.comparing(Backups::finishedAt));
    }
  }

  /**
   * Puts the data directory back as it was at {@code moment}: the newest base backup before it,
   * then the archived WAL replayed up to it. The server must be stopped; the data directory it
   * replaces is kept beside it. Returns the folder the old data was moved to.
   */
  public static Path prepareRestore(Path home, Path dataDirectory, Instant moment)
      throws IOException {
    Path base =
        newestBefore(home, moment)
            .orElseThrow(
                () ->
                    new LaunchFailure(
                        "No base backup finished before "
                            + moment
                            + " in "
                            + baseBackups(home)
                            + ". Take one with ./totalplace backup."));
    Path kept = dataDirectory.resolveSibling("pgdata-before-restore-" + NAME.format(Instant.now()));
    if (Files.exists(dataDirectory)) {
      Files.move(dataDirectory, kept);
    }
    copyTree(base.resolve("data"), dataDirectory);
    Files.createDirectories(dataDirectory.resolve("pg_wal"));
    // The segment being written when the server stopped was never archived: recovery reads it
    // from pg_wal once the archive has no more.
    if (Files.isDirectory(kept.resolve("pg_wal"))) {
      try (Stream<Path> segments = Files.list(kept.resolve("pg_wal"))) {
        for (Path segment : (Iterable<Path>) segments.filter(Files::isRegularFile)::iterator) {
          Files.copy(segment, dataDirectory.resolve("pg_wal").resolve(segment.getFileName()));
        }
      }
    }
    Files.writeString(dataDirectory.resolve("recovery.signal"), "");
    Path archive = archive(home);
    Files.writeString(
        dataDirectory.resolve("postgresql.auto.conf"),
        String.join(
            System.lineSeparator(),
            "",
            "# Written by ./totalplace restore: replay the archive up to the moment asked for.",
            "restore_command = 'cp \"" + archive + "/%f\" \"%p\"'",
            "recovery_target_time = '" + TARGET.format(moment) + "+00'",
            "recovery_target_inclusive = true",
            "recovery_target_action = 'promote'",
            ""),
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    return kept;
  }

  /** Copies a running server's data directory, skipping what PostgreSQL rebuilds at start. */
  static void copyData(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(dir);
            Files.createDirectories(to.resolve(relative));
            boolean runtime =
                relative.getNameCount() == 1 && RUNTIME_ONLY.contains(relative.toString());
            // Keep the folder itself (PostgreSQL expects it), not what is in it.
            return runtime ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Path relative = from.relativize(file);
            if (relative.getNameCount() == 1 && RUNTIME_ONLY.contains(relative.toString())) {
              return FileVisitResult.CONTINUE;
            }
            try {
              Files.copy(file, to.resolve(relative), StandardCopyOption.REPLACE_EXISTING);
            } catch (NoSuchFileException dropped) {
              // A table dropped while copying: the WAL replay knows it is gone.
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
            if (e instanceof NoSuchFileException) {
              return FileVisitResult.CONTINUE;
            }
            throw e;
          }
        });
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path path : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(path));
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    // PostgreSQL refuses a data directory others may read.
    Files.setPosixFilePermissions(
        to, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
  }

  private static Instant finishedAt(Path backup) {
    try {
      return Instant.parse(Files.readString(backup.resolve("finished-at")).trim());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
