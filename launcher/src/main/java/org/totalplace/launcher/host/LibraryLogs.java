package org.totalplace.launcher.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/** Sends the libraries' logging to a file: people should see progress lines, not INFO chatter. */
public final class LibraryLogs {
  private static final List<String> LIBRARIES = List.of("io.zonky", "org.postgresql");

  // java.util.logging holds loggers weakly; keep ours or the configuration is silently lost.
  private static final List<Logger> CONFIGURED = new ArrayList<>();

  private LibraryLogs() {}

  public static synchronized void toFile(Path log) {
    try {
      Files.createDirectories(log.getParent());
      FileHandler file = new FileHandler(log.toString(), true);
      file.setFormatter(new SimpleFormatter());
      for (String name : LIBRARIES) {
        Logger logger = Logger.getLogger(name);
        for (Handler old : logger.getHandlers()) {
          logger.removeHandler(old);
          old.close();
        }
        logger.addHandler(file);
        logger.setUseParentHandlers(false);
        CONFIGURED.add(logger);
      }
    } catch (IOException e) {
      throw new LaunchFailure("Could not open " + log + ": " + e.getMessage(), e);
    }
  }
}
