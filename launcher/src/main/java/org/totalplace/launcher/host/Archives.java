package org.totalplace.launcher.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Unpacks the distribution zips once; later starts reuse the unpacked folder. */
public final class Archives {
  private static final String DONE_MARKER = ".unpacked";

  private Archives() {}

  /**
   * Unpacks {@code zip} (whose entries sit under one top folder) into {@code parent} unless that is
   * already done, and returns the top folder. Unpacks beside it first and renames at the end, so an
   * interrupted run never leaves a half-unpacked server behind.
   */
  public static Path unpackOnce(Path zip, Path parent, Progress.Step step) {
    try (ZipFile archive = new ZipFile(zip.toFile())) {
      String top = topFolder(archive);
      Path target = parent.resolve(top);
      if (Files.exists(target.resolve(DONE_MARKER))) {
        return target;
      }
      step.doing("unpacking " + zip.getFileName());
      Path scratch = parent.resolve(".unpacking-" + top);
      deleteTree(scratch);
      deleteTree(target);
      Files.createDirectories(scratch);
      for (ZipEntry entry : Collections.list(archive.entries())) {
        Path out = scratch.resolve(entry.getName()).normalize();
        if (!out.startsWith(scratch)) {
          throw new LaunchFailure(zip + " has an entry outside its folder: " + entry.getName());
        }
        if (entry.isDirectory()) {
          Files.createDirectories(out);
          continue;
        }
        Files.createDirectories(out.getParent());
        try (InputStream in = archive.getInputStream(entry)) {
          Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
        }
        // java.util.zip drops Unix modes; everything the servers need to run lives in bin/.
        if (out.getParent().getFileName().toString().equals("bin")) {
          makeExecutable(out);
        }
      }
      Path unpacked = scratch.resolve(top);
      Files.createFile(unpacked.resolve(DONE_MARKER));
      Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(scratch);
      return target;
    } catch (IOException e) {
      throw new LaunchFailure("Could not unpack " + zip + ": " + e.getMessage(), e);
    }
  }

  public static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }

  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static String topFolder(ZipFile archive) {
    return archive.stream()
        .map(entry -> entry.getName().split("/", 2)[0])
        .findFirst()
        .orElseThrow(() -> new LaunchFailure(archive.getName() + " is empty"));
  }

  private static void makeExecutable(Path file) throws IOException {
    Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(file));
    permissions.addAll(
        Set.of(
            PosixFilePermission.OWNER_EXECUTE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_EXECUTE));
    Files.setPosixFilePermissions(file, permissions);
  }
}
