package org.totalplace.audit.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash that chains each audit entry to the one before it: SHA-256 over the previous hash, the
 * entry's place in the chain and its fields, each written with its length so no two different
 * entries can be spelled the same. Changing, removing or reordering any entry breaks every hash
 * after it.
 */
public final class AuditChain {

  /** The "previous hash" of the first entry. */
  public static final String START = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String previous, long seq, Object... fields) {
    StringBuilder text = new StringBuilder().append(previous).append('|').append(seq);
    for (Object field : fields) {
      if (field == null) {
        text.append("|-");
      } else {
        String value = field instanceof Instant at ? timestamp(at) : field.toString();
        text.append('|').append(value.length()).append(':').append(value);
      }
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java has SHA-256", e);
    }
  }

  /** PostgreSQL keeps microseconds; the hash uses exactly what the database gives back. */
  public static Instant storable(Instant at) {
    return at.truncatedTo(ChronoUnit.MICROS);
  }

  private static String timestamp(Instant at) {
    return storable(at).toString();
  }
}
