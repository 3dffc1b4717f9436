package org.totalplace.api.platform;

import jakarta.ws.rs.core.EntityTag;
import org.totalplace.platform.control.InvalidInput;

/**
 * Versions as ETags: what a read hands out and what a change sends back in If-Match. One form
 * everywhere, /api/v1 and FHIR alike: weak, W/"3", as FHIR servers give them (the version says the
 * content means the same, not that its bytes are); If-Match takes either form.
 */
public final class IfMatch {

  private IfMatch() {}

  public static EntityTag tag(int version) {
    return new EntityTag(Integer.toString(version), true);
  }

  /** The same tag as header text, for bodies that carry it (a FHIR transaction response). */
  public static String header(int version) {
    return "W/\"" + version + "\"";
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
