package org.totalplace.generator.place;

import java.time.Instant;

/** Rows in COPY's text format: tab-separated fields, \N for null, escapes where needed. */
final class CopyText {

  private final StringBuilder out;
  private boolean first = true;

  CopyText(StringBuilder out) {
    this.out = out;
  }

  CopyText field(String value) {
    separate();
    if (value == null) {
      out.append("\\N");
      return this;
    }
    for (int c = 0; c < value.length(); c++) {
      char ch = value.charAt(c);
      switch (ch) {
        case '\\' -> out.append("\\\\");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(ch);
      }
    }
    return this;
  }

  CopyText field(long value) {
    separate();
    out.append(value);
    return this;
  }

  CopyText field(Instant value) {
    separate();
    if (value == null) {
      out.append("\\N");
    } else {
      out.append(value);
    }
    return this;
  }

  void end() {
    out.append('\n');
    first = true;
  }

  private void separate() {
    if (!first) {
      out.append('\t');
    }
    first = false;
  }
}
