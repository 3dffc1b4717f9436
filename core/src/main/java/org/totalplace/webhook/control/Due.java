package org.totalplace.webhook.control;

/** A delivery claimed for sending now, with what it takes to send and sign it. */
public record Due(
    long id,
    String eventId,
    String url,
    String secret,
    String payload,
    int attemptsMade,
    int maxAttempts) {}
