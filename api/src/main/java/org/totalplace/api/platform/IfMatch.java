package org.totalplace.api.platform;

import jakarta.ws.rs.core.EntityTag;
import org.totalplace.platform.control.InvalidInput;

/** Versions as ETags: what a read hands out and what a change sends back in If-Match. */
public final class IfMatch {

  private IfMatch() {}

  public static EntityTag tag(int version) {
    return new EntityTag(Integer.toString(version));
  }

  /** The version a client last read, from If-Match: "3"; none means "whatever it is now". */
  public static Integer version(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String tag = ifMatch.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    try {
      return Integer.valueOf(tag);
    } catch (NumberFormatException e) {
      throw InvalidInput.of("If-Match", "If-Match must be the ETag you were given, like \"3\"");
    }
  }
}
