package org.totalplace.systemtests;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Four clients sending referrals for one person as fast as they are answered (and, if asked, the
 * receiving system accepting each), while a test breaks something underneath; keeps the id of every
 * referral the platform answered 201 for.
 */
final class ReferralLoad implements AutoCloseable {

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Set<Long> saved = ConcurrentHashMap.newKeySet();
  private final ExecutorService clients = Executors.newFixedThreadPool(4);

  ReferralLoad(Api sender, Api receiver, long person, long service, String reason) {
    for (int i = 0; i < 4; i++) {
      clients.submit(
          () -> {
            while (running.get()) {
              try {
                Api.Reply reply =
                    sender.post(
                        "/referrals",
                        Map.of(
                            "personId", person,
                            "serviceId", service,
                            "urgency", "URGENT",
                            "reason", reason));
                if (reply.status() == 201) {
                  long id = reply.json().get("id").asLong();
                  saved.add(id);
                  if (receiver != null) {
                    receiver.post("/referrals/" + id + "/accept", "");
                  }
                }
              } catch (RuntimeException connectionLost) {
                // Expected while a server is down: the client was told nothing was saved.
              }
            }
          });
    }
  }

  /** The referrals answered 201 so far. */
  Set<Long> saved() {
    return Set.copyOf(saved);
  }

  /** Their ids, for an SQL {@code in (...)}. */
  String savedIds() {
    return saved.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** Stops the clients, waiting for the calls in flight. */
  @Override
  public void close() throws InterruptedException {
    running.set(false);
    clients.shutdown();
    if (!clients.awaitTermination(60, TimeUnit.SECONDS)) {
      throw new AssertionError("The load's clients did not stop within a minute");
    }
  }
}
