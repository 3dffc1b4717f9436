package org.totalplace.webhook.control;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * One attempt at one delivery: a JSON POST with the Standard Webhooks headers, signed afresh with
 * this attempt's time so a receiver can refuse old copies. Timeouts are short: a slow receiver
 * costs a retry, not the dispatcher's round. A redirect is a failure, not followed.
 */
public final class SignedPost {

  static final Duration CONNECT = Duration.ofSeconds(3);
  static final Duration ANSWER = Duration.ofSeconds(10);

  /** What happened: the receiver's status, or why there was none. */
  public record Result(Integer httpStatus, String error, Instant at, int durationMs) {}

  private final HttpClient http;
  private final Clock clock;
  private final WebhookTargets targets;

  public SignedPost(HttpClient.Builder client, Clock clock, WebhookTargets targets) {
    this.http = client.connectTimeout(CONNECT).followRedirects(HttpClient.Redirect.NEVER).build();
    this.clock = clock;
    this.targets = targets;
  }

  public CompletableFuture<Result> send(Due due) {
    Instant at = clock.instant();
    long started = System.nanoTime();
    HttpRequest request;
    try {
      URI address = URI.create(due.url());
      // Checked again at each send: the name may point somewhere else since it was subscribed.
      var refused = targets.refusal(address);
      if (refused.isPresent()) {
        return CompletableFuture.completedFuture(
            new Result(null, "Not sent: " + refused.get(), at, 0));
      }
      request =
          HttpRequest.newBuilder(address)
              .timeout(ANSWER)
              .header("Content-Type", "application/json")
              .header("User-Agent", "Totalplace-Webhooks/1")
              .header("webhook-id", due.eventId())
              .header("webhook-timestamp", Long.toString(at.getEpochSecond()))
              .header(
                  "webhook-signature",
                  Signature.sign(due.secret(), due.eventId(), at.getEpochSecond(), due.payload()))
              .POST(HttpRequest.BodyPublishers.ofString(due.payload()))
              .build();
    } catch (IllegalArgumentException e) {
      return CompletableFuture.completedFuture(
          new Result(null, "The address cannot be used: " + e.getMessage(), at, 0));
    }
    return http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .handle(
            (response, failure) -> {
              int took = (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
              if (failure == null) {
                int status = response.statusCode();
                String error =
                    status >= 200 && status < 300 ? null : "The receiver answered " + status;
                return new Result(status, error, at, took);
              }
              return new Result(null, describe(failure), at, took);
            });
  }

  static String describe(Throwable failure) {
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (cause instanceof HttpConnectTimeoutException) {
      return "Could not connect within " + CONNECT.toSeconds() + " seconds";
    }
    if (cause instanceof HttpTimeoutException) {
      return "No answer within " + ANSWER.toSeconds() + " seconds";
    }
    if (cause instanceof ConnectException) {
      return "Could not connect to the receiver";
    }
    if (cause instanceof IOException) {
      return "The connection failed: " + cause.getClass().getSimpleName();
    }
    return "Not sent: " + cause.getClass().getSimpleName();
  }
}
