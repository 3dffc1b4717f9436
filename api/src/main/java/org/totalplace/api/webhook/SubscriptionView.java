package org.totalplace.api.webhook;

import java.time.Instant;
import java.util.List;
import org.totalplace.webhook.entity.WebhookSubscription;

/** A subscription as its agency's systems read it; the secret only in the answer to creating it. */
public record SubscriptionView(
    long id,
    String url,
    List<String> events,
    int maxAttempts,
    String owner,
    Instant createdAt,
    String secret,
    int version) {

  static SubscriptionView of(WebhookSubscription s) {
    return new SubscriptionView(
        s.getId(),
        s.getUrl(),
        s.getEvents(),
        s.getMaxAttempts(),
        s.getOwner(),
        s.getCreatedAt(),
        null,
        s.getVersion());
  }

  static SubscriptionView withSecret(WebhookSubscription s) {
    return new SubscriptionView(
        s.getId(),
        s.getUrl(),
        s.getEvents(),
        s.getMaxAttempts(),
        s.getOwner(),
        s.getCreatedAt(),
        s.getSecret(),
        s.getVersion());
  }
}
