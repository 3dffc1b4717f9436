package org.totalplace.bench.load;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.totalplace.bench.referral.PlatformClient;

/**
 * Client-credentials tokens for the agency systems the load speaks as, fetched again before they
 * expire (Keycloak gives five minutes), so a run may last longer than one token.
 */
final class Tokens {

  private static final Duration KEEP = Duration.ofMinutes(4);

  private record Token(String value, long fetchedAt) {}

  private final String keycloak;
  private final Map<String, Token> tokens = new ConcurrentHashMap<>();

  Tokens(String keycloak) {
    this.keycloak = keycloak;
  }

  String of(String client) {
    return tokens
        .compute(
            client,
            (name, old) ->
                old != null && System.nanoTime() - old.fetchedAt() < KEEP.toNanos()
                    ? old
                    : new Token(PlatformClient.token(keycloak, name), System.nanoTime()))
        .value();
  }
}
