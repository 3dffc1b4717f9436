package org.totalplace.webhook.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs a webhook the Standard Webhooks way, so receivers can check it with an off-the-shelf
 * library: {@code v1,} then base64 of HMAC-SHA256 over {@code id.timestamp.body}, keyed with the
 * bytes the secret {@code whsec_<base64>} encodes.
 */
public final class Signature {

  static final String PREFIX = "whsec_";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Signature() {}

  /** A fresh secret of 32 random bytes. */
  public static String newSecret() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** The value of the webhook-signature header for one attempt. */
  public static String sign(String secret, String id, long unixSeconds, String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
      byte[] digest =
          mac.doFinal((id + "." + unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static byte[] key(String secret) {
    if (!secret.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a webhook secret");
    }
    return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
  }
}
