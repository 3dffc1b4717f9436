package org.totalplace.webhook.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.webhook.control.DeliveryLedger;
import org.totalplace.webhook.control.Due;
import org.totalplace.webhook.control.SignedPost;
import org.totalplace.webhook.control.WebhookTargetSettings;

/**
 * Sends due deliveries every {@value #EVERY_SECONDS} seconds: claims a batch in one short
 * transaction, posts them side by side outside any transaction, and records each attempt in its
 * own. Several app instances may run this at once; the claim keeps them off each other's rows.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

  private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());
  static final int EVERY_SECONDS = 2;
  static final int BATCH = 20;

  /** Rounds per tick at most, so a backlog drains quickly yet the timer thread comes back. */
  static final int ROUNDS = 10;

  /** Longer than a whole batch can take (connect and answer timeouts, side by side). */
  public static final Duration LEASE = Duration.ofMinutes(2);

  @Inject DeliveryLedger ledger;

  @Inject WebhookTargetSettings targets;

  @Resource ManagedExecutorService executor;

  Clock clock = Clock.systemUTC();
  private final AtomicBoolean busy = new AtomicBoolean();
  // For the readiness check: the timer still ticks, and no round has hung.
  private volatile Instant lastTick;
  private volatile Instant busySince;
  private SignedPost post;

  @PostConstruct
  void start() {
    post = new SignedPost(HttpClient.newBuilder().executor(executor), clock, targets.targets());
  }

  @Schedule(second = "*/" + EVERY_SECONDS, minute = "*", hour = "*", persistent = false)
  public void deliverDue() {
    lastTick = clock.instant();
    // A tick that finds the last one still sending leaves the work to it.
    if (!busy.compareAndSet(false, true)) {
      return;
    }
    busySince = lastTick;
    try {
      for (int round = 0; round < ROUNDS; round++) {
        List<Due> due = ledger.claim(clock.instant(), LEASE, BATCH);
        sendAll(due);
        if (due.size() < BATCH) {
          return;
        }
      }
    } catch (RuntimeException e) {
      // Claimed rows come back when their lease runs out; the next tick carries on.
      LOG.log(Level.WARNING, "Webhook round failed; it will be tried again", e);
    } finally {
      busySince = null;
      busy.set(false);
    }
  }

  /** When the timer last fired, or null before its first tick. */
  public Instant lastTick() {
    return lastTick;
  }

  /** When the round now sending began, or null when none is. */
  public Instant busySince() {
    return busySince;
  }

  private void sendAll(List<Due> due) {
    List<CompletableFuture<SignedPost.Result>> sent = due.stream().map(post::send).toList();
    for (int i = 0; i < due.size(); i++) {
      SignedPost.Result result = sent.get(i).join();
      ledger.record(
          due.get(i), result.httpStatus(), result.error(), result.at(), result.durationMs());
    }
  }
}
