package org.totalplace.bench.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.totalplace.bench.dashboard.LeadSession;
import org.totalplace.bench.referral.Timings;

/**
 * People logged in to the pages through the real Keycloak login form, each login timed, each
 * session left as a person's would be after a first look round (the landing page and one page
 * more), so that the heap it holds on the server is a working session's.
 */
record PageSessions(List<LeadSession> sessions, Timings logins) {

  static final String PASSWORD = "demo-password";

  /** One at a time: Keycloak refused some of the same user's logins made side by side. */
  private static final int THREADS = 1;

  /** Logs in {@code count} sessions as {@code username}, one at a time, opening {@code page}. */
  static PageSessions login(
      String webUrl, String keycloakUrl, String username, int count, String page) throws Exception {
    List<LeadSession> sessions = Collections.synchronizedList(new ArrayList<>());
    List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        done.add(
            pool.submit(
                () -> {
                  long t = System.nanoTime();
                  LeadSession session = LeadSession.login(webUrl, keycloakUrl, username, PASSWORD);
                  nanos.add(System.nanoTime() - t);
                  int status = session.get(page).statusCode();
                  if (status != 200) {
                    throw new IllegalStateException(page + " answered " + status);
                  }
                  sessions.add(session);
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new PageSessions(
        List.copyOf(sessions),
        Timings.of(
            "Log in through Keycloak (" + username + ")",
            nanos,
            (System.nanoTime() - start) / 1e9));
  }

  /** Each session's app cookie, for Gatling to carry. */
  List<String> cookies() {
    return sessions.stream()
        .map(
            s -> {
              String value = s.cookies().get("JSESSIONID");
              if (value == null) {
                throw new IllegalStateException("No app session cookie: " + s.cookies().keySet());
              }
              return value;
            })
        .toList();
  }
}
