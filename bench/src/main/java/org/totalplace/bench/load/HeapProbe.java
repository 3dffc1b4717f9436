package org.totalplace.bench.load;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application server's live heap, read with jcmd after a full collection, so the difference
 * between two readings is what the sessions in between hold rather than garbage not yet collected.
 */
final class HeapProbe {

  private static final Pattern USED = Pattern.compile("used (\\d+)K");

  private final Jcmd jcmd;

  private HeapProbe(Jcmd jcmd) {
    this.jcmd = jcmd;
  }

  static HeapProbe of(Jcmd jcmd) {
    return new HeapProbe(jcmd);
  }

  /** Live heap in bytes, after two full collections. */
  long liveBytes() throws IOException, InterruptedException {
    jcmd.run("GC.run");
    jcmd.run("GC.run");
    String info = jcmd.run("GC.heap_info");
    Matcher used = USED.matcher(info);
    if (!used.find()) {
      throw new IllegalStateException("No heap figure in jcmd's answer: " + info);
    }
    return Long.parseLong(used.group(1)) * 1024;
  }
}
