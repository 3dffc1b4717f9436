package org.totalplace.generator.place;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;

/**
 * A generated place in a bench stack's database, loaded once per size and seed and marked with a
 * file in the stack's home, so later runs on the same data skip the load.
 */
public final class Place {

  /** The place's sizes and seed: the same values give the same rows. */
  public record Size(long people, long referrals, int pathways, int workers, long seed) {
    String marker() {
      // The generator's version is in the name: a place an older generator wrote is loaded again.
      return "loaded-v2-" + people + "-" + referrals + "-" + seed;
    }
  }

  private Place() {}

  /** Whether {@code home} holds this place already (its database is kept, not made afresh). */
  public static boolean loaded(Path home, Size size) {
    return Files.exists(home.resolve(size.marker()));
  }

  /**
   * Loads the place into an empty platform database; {@code db} must be allowed to set triggers.
   */
  public static void load(Connection db, Path home, Size size, PrintStream progress)
      throws Exception {
    Path marker = home.resolve(size.marker());
    Files.deleteIfExists(marker);
    LoadedPlace load =
        new PlaceLoader(
                size.seed(),
                size.people(),
                size.referrals(),
                size.pathways(),
                size.workers(),
                Instant.now(),
                progress)
            .load(db);
    Files.createFile(marker);
    progress.printf("Loaded the place in %.1f s%n", PlaceLoader.seconds(load.total()));
  }
}
