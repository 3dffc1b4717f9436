package org.totalplace.bench.load;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Java Flight Recorder on Payara over the load (started and stopped with jcmd, the JDK's own tool),
 * read back here: where the server's CPU samples fall, by the platform's entry point (the outermost
 * frame of our code past the filters: a page bean, an API resource, a timer) and by the method on
 * top.
 */
final class Profile {

  /** A name and its share of the samples. */
  record Share(String name, long samples, double percent) {}

  /** The recording's samples, by entry point and by method on top. */
  record Read(long samples, List<Share> entries, List<Share> hotMethods, Path file) {}

  private static final String RECORDING = "totalplace-load";
  private static final String OURS = "org.totalplace.";

  private final Jcmd jcmd;
  private final Path file;

  Profile(Jcmd jcmd, Path file) {
    this.jcmd = jcmd;
    this.file = file;
  }

  void start() throws IOException, InterruptedException {
    // Payara's calls are deep: the default 64 frames would cut off where our code was entered.
    jcmd.run("JFR.configure", "stackdepth=512");
    jcmd.run(
        "JFR.start", "name=" + RECORDING, "settings=profile", "filename=" + file.toAbsolutePath());
  }

  Read stop() throws IOException, InterruptedException {
    jcmd.run("JFR.stop", "name=" + RECORDING);
    Map<String, Long> entries = new HashMap<>();
    Map<String, Long> hot = new HashMap<>();
    long samples = 0;
    // Read one event at a time: an hour's recording does not fit in memory as a list.
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent event = recording.readEvent();
        if ("jdk.ExecutionSample".equals(event.getEventType().getName())
            && event.getStackTrace() != null) {
          samples += count(event, entries, hot);
        }
      }
    }
    return new Read(samples, top(entries, samples, 15), top(hot, samples, 15), file);
  }

  /** Counts one sample where it was entered and on top; answers 1, or 0 for an empty stack. */
  private static long count(RecordedEvent event, Map<String, Long> entries, Map<String, Long> hot) {
    List<RecordedFrame> frames = event.getStackTrace().getFrames();
    if (frames.isEmpty()) {
      return 0;
    }
    hot.merge(name(frames.get(0)), 1L, Long::sum);
    String entry =
        "(none of our pages, resources or timers: the server, its filters and logins, the JIT,"
            + " the engine's own threads)";
    for (RecordedFrame frame : frames) {
      if (isEntry(frame.getMethod().getType().getName())) {
        entry = name(frame);
      }
    }
    entries.merge(entry, 1L, Long::sum);
    return 1;
  }

  /**
   * A frame that names what a request came for: ours, but not the filters and logins every request
   * passes through (web.platform, api.platform), nor a container's proxy of a bean.
   */
  private static boolean isEntry(String type) {
    return type.startsWith(OURS)
        && !type.startsWith(OURS + "web.platform.")
        && !type.startsWith(OURS + "api.platform.")
        && !type.contains("$Proxy$");
  }

  private static String name(RecordedFrame frame) {
    String type = frame.getMethod().getType().getName();
    return type.substring(type.lastIndexOf('.') + 1) + "." + frame.getMethod().getName();
  }

  private static List<Share> top(Map<String, Long> counts, long total, int limit) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .map(e -> new Share(e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, total)))
        .toList();
  }
}
