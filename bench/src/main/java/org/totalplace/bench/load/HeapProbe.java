package org.totalplace.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.launcher.host.Processes;

/**
 * The application server's live heap, read with jcmd after a full collection, so the difference
 * between two readings is what the sessions in between hold rather than garbage not yet collected.
 */
final class HeapProbe {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final long pid;

  private HeapProbe(long pid) {
    this.pid = pid;
  }

  /** The Payara of a stack's home (its domain's pid file). */
  static HeapProbe payaraOf(Path stackHome) throws IOException {
    try (DirectoryStream<Path> domains =
        Files.newDirectoryStream(stackHome.resolve("domains"), Files::isDirectory)) {
      for (Path domain : domains) {
        var server = Processes.alive(domain.resolve("config/pid"), "java");
        if (server.isPresent()) {
          return new HeapProbe(server.get().pid());
        }
      }
    }
    throw new IllegalStateException("No running Payara under " + stackHome);
  }

  /** Live heap in bytes, after two full collections. */
  long liveBytes() throws IOException, InterruptedException {
    jcmd("GC.run");
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("No heap figure in jcmd's answer: " + info);
    }
    return Long.parseLong(used.group(1)) * 1024;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process process =
        new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }
}
