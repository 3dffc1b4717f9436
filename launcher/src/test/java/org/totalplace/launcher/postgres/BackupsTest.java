package org.totalplace.launcher.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.totalplace.launcher.host.LaunchFailure;

/** The file work of a base backup and a restore, without a server. */
class BackupsTest {

  @Test
  void aBaseBackupCopiesTheDataButNotWhatPostgresRebuildsAtStart(@TempDir Path dir)
      throws Exception {
    Path data = dir.resolve("pgdata");
    Files.createDirectories(data.resolve("base/5"));
    Files.writeString(data.resolve("base/5/16384"), "table");
    Files.createDirectories(data.resolve("pg_wal"));
    Files.writeString(data.resolve("pg_wal/000000010000000000000001"), "wal");
    Files.writeString(data.resolve("postmaster.pid"), "123");
    Files.writeString(data.resolve("postgresql.conf"), "port = 5432");

    Path copy = dir.resolve("copy");
    Backups.copyData(data, copy);

    assertThat(copy.resolve("base/5/16384")).hasContent("table");
    assertThat(copy.resolve("postgresql.conf")).exists();
    assertThat(copy.resolve("pg_wal")).isEmptyDirectory();
    assertThat(copy.resolve("postmaster.pid")).doesNotExist();
  }

  @Test
  void aRestorePutsTheNewestBackupBeforeTheMomentBackAndAsksForReplayToIt(@TempDir Path home)
      throws Exception {
    Path older = backupFinishedAt(home, "20261208T090000Z", "2026-12-08T09:00:00Z");
    backupFinishedAt(home, "20261208T110000Z", "2026-12-08T11:00:00Z");
    Files.writeString(older.resolve("data/marker"), "the 9 o'clock backup");
    Path data = home.resolve("pgdata");
    Files.createDirectories(data.resolve("pg_wal"));
    Files.writeString(data.resolve("pg_wal/000000010000000000000007"), "not archived yet");

    Path kept = Backups.prepareRestore(home, data, Instant.parse("2026-12-08T10:15:30.250Z"));

    assertThat(data.resolve("marker")).hasContent("the 9 o'clock backup");
    assertThat(data.resolve("recovery.signal")).exists();
    // Nothing PostgreSQL reads as a file is made a folder (tablespace_map is only written by a
    // backup that has tablespaces).
    assertThat(data.resolve("tablespace_map")).doesNotExist();
    assertThat(data.resolve("pg_wal/000000010000000000000007")).hasContent("not archived yet");
    assertThat(Files.readString(data.resolve("postgresql.auto.conf")))
        .contains("recovery_target_time = '2026-12-08 10:15:30.250000+00'")
        .contains("restore_command = 'cp \"" + Backups.archive(home) + "/%f\" \"%p\"'")
        .contains("recovery_target_action = 'promote'");
    assertThat(kept.resolve("pg_wal/000000010000000000000007")).exists();
  }

  @Test
  void aMomentBeforeEveryBackupIsRefusedAndTheDataIsLeftAlone(@TempDir Path home) throws Exception {
    backupFinishedAt(home, "20261208T110000Z", "2026-12-08T11:00:00Z");
    Path data = Files.createDirectories(home.resolve("pgdata"));
    assertThatThrownBy(
            () -> Backups.prepareRestore(home, data, Instant.parse("2026-12-08T10:00:00Z")))
        .isInstanceOf(LaunchFailure.class)
        .hasMessageContaining("No base backup finished before");
    assertThat(data).exists();
  }

  private static Path backupFinishedAt(Path home, String name, String finished) throws Exception {
    Path backup = Backups.baseBackups(home).resolve(name);
    Files.createDirectories(backup.resolve("data"));
    Files.writeString(backup.resolve("data/postgresql.auto.conf"), "# kept by the backup\n");
    Files.writeString(backup.resolve("finished-at"), finished);
    return backup;
  }
}
