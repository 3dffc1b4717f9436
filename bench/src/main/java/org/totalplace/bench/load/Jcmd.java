package org.totalplace.bench.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.launcher.host.Processes;

/** The JDK's jcmd, pointed at the stack's Payara: heap readings and flight recordings. */
final class Jcmd {

  private final long pid;

  private Jcmd(long pid) {
    this.pid = pid;
  }

  /** The Payara of a stack's home (its domain's pid file). */
  static Jcmd payaraOf(Path stackHome) throws IOException {
    try (DirectoryStream<Path> domains =
        Files.newDirectoryStream(stackHome.resolve("domains"), Files::isDirectory)) {
      for (Path domain : domains) {
        var server = Processes.alive(domain.resolve("config/pid"), "java");
        if (server.isPresent()) {
          return new Jcmd(server.get().pid());
        }
      }
    }
    throw new IllegalStateException("No running Payara under " + stackHome);
  }

  /** Runs one command with its arguments; answers what jcmd printed. */
  String run(String command, String... arguments) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    List<String> line = new ArrayList<>(List.of(jcmd.toString(), Long.toString(pid), command));
    line.addAll(List.of(arguments));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }
}
