package org.totalplace.launcher.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds artifacts in the dist folder by name, so versions are written down once, in the pom. */
public final class Distribution {
  private Distribution() {}

  public static Path find(Path dist, String prefix, String suffix) {
    return findOptional(dist, prefix, suffix)
        .orElseThrow(
            () ->
                new LaunchFailure(
                    "No "
                        + prefix
                        + "*"
                        + suffix
                        + " in "
                        + dist
                        + ". Build first: mvn -B install -DskipTests"));
  }

  public static Optional<Path> findOptional(Path dist, String prefix, String suffix) {
    try (Stream<Path> files = Files.list(require(dist))) {
      return files
          .filter(
              file -> {
                String name = file.getFileName().toString();
                return name.startsWith(prefix) && name.endsWith(suffix);
              })
          .sorted()
          .findFirst();
    } catch (IOException e) {
      throw new LaunchFailure("Could not read " + dist + ": " + e.getMessage(), e);
    }
  }

  public static Path require(Path file) {
    if (!Files.exists(file)) {
      throw new LaunchFailure("Missing " + file + ". Build first: mvn -B install -DskipTests");
    }
    return file;
  }
}
