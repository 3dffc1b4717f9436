package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.count;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.waitUntil;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The app server is killed while agencies are sending and accepting referrals. After it restarts,
 * no referral is without its process, no process without its referral, every open referral waits at
 * the step its state says, and timers still fire.
 */
@ExtendWith(Platform.class)
class CrashRecoveryIT {

  @Test
  void aCrashMidWayLeavesReferralsAndProcessesInStepAndTimersStillFire() throws Exception {
    Api housing = Api.as("housing-system");
    Api drugAlcohol = Api.as("drug-alcohol-system");
    long person = ReferralApiIT.createPerson(housing, "Casey", "Crash" + ReferralApiIT.suffix());
    long before = ReferralApiIT.refer(housing, person, "drug-alcohol", "EMERGENCY");
    long service = ReferralApiIT.serviceOf(housing, "drug-alcohol");
    // The receiving agency's system hears of every referral at least once, crash or not.
    WebhookReceiver receiver = new WebhookReceiver();
    receiver.answer("/crash", () -> 204);
    Api.Reply subscribed =
        drugAlcohol.post(
            "/webhooks",
            Map.of("url", receiver.url("/crash"), "events", List.of("referral.received")));
    assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(201);

    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger sent = new AtomicInteger();
    java.util.Set<Long> saved = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ExecutorService load = Executors.newFixedThreadPool(4);
    List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      workers.add(
          load.submit(
              () -> {
                while (running.get()) {
                  try {
                    Api.Reply reply =
                        housing.post(
                            "/referrals",
                            Map.of(
                                "personId",
                                person,
                                "serviceId",
                                service,
                                "urgency",
                                "URGENT",
                                "reason",
                                "Load while the server dies"));
                    if (reply.status() == 201) {
                      sent.incrementAndGet();
                      saved.add(reply.json().get("id").asLong());
                      drugAlcohol.post("/referrals/" + reply.json().get("id") + "/accept", "");
                    }
                  } catch (RuntimeException connectionLost) {
                    // Expected while the server is down.
                  }
                }
              }));
    }
    waitUntil(() -> sent.get() >= 10, "some referrals sent under load");

    Platform.stack().crashAndRestartApp();
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(
            count(
                "select count(*) from totalplace.referral r where r.person_id = "
                    + person
                    + " and not exists (select 1 from act_hi_procinst h"
                    + " where h.proc_inst_id_ = r.process_instance_id)"))
        .as("no referral without its process")
        .isZero();
    assertThat(
            count(
                "select count(*) from act_hi_procinst h where h.proc_def_id_ like 'referral:%'"
                    + " and not exists (select 1 from totalplace.referral r"
                    + " where r.process_instance_id = h.proc_inst_id_)"))
        .as("no process without its referral")
        .isZero();
    assertThat(
            count(
                "select count(*) from totalplace.referral r where r.person_id = "
                    + person
                    + " and r.status in ('SENT', 'RECEIVED', 'ACCEPTED') and not exists"
                    + " (select 1 from act_ru_task t where t.proc_inst_id_ = r.process_instance_id"
                    + " and t.task_def_key_ = case r.status when 'SENT' then 'acknowledge'"
                    + " when 'RECEIVED' then 'decide' else 'start' end)"))
        .as("every open referral waits at the step its state says")
        .isZero();

    // Timers set before the crash still fire after it.
    waitUntil(
        () -> {
          ReferralLifecycleApiIT.timersDueNow(before);
          return count(
                  "select count(*) from totalplace.referral_event where action = 'OVERDUE'"
                      + " and referral_id = "
                      + before)
              == 1;
        },
        "the overdue alarm after the restart");
    assertThat(housing.get("/referrals/" + before).status()).isEqualTo(200);

    // Every referral the client was answered 201 for is there, and was told to the receiving
    // agency's system at least once (a delivery claimed when the server died is sent again).
    String ids =
        saved.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    assertThat(count("select count(*) from totalplace.referral where id in (" + ids + ")"))
        .isEqualTo(saved.size());
    java.util.Set<Long> heard = java.util.concurrent.ConcurrentHashMap.newKeySet();
    waitUntil(
        () -> {
          for (WebhookReceiver.Received r : receiver.waiting("/crash")) {
            heard.add(Api.JSON.readTree(r.body()).get("data").path("referralId").asLong());
          }
          return heard.containsAll(saved);
        },
        "a webhook for every referral saved across the crash");
    assertThat(drugAlcohol.delete("/webhooks/" + subscribed.json().get("id").asText()).status())
        .isEqualTo(204);
    receiver.close();

    // The operators' checker agrees on the whole database, the audit chain included.
    java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
    int exit =
        org.totalplace.launcher.Launcher.check(
            Platform.stack().jdbcUrl(),
            Platform.stack().dbUser(),
            Platform.stack().dbPassword(),
            new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(exit).as(report.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
  }

  @Test
  void aDatabaseKilledMidWayKeepsEveryReferralTheClientWasToldWasSaved() throws Exception {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Dora", "Dbcrash" + ReferralApiIT.suffix());
    long before = ReferralApiIT.refer(housing, person, "drug-alcohol", "EMERGENCY");
    long service = ReferralApiIT.serviceOf(housing, "drug-alcohol");

    AtomicBoolean running = new AtomicBoolean(true);
    java.util.Set<Long> saved = java.util.concurrent.ConcurrentHashMap.newKeySet();
    AtomicInteger refused = new AtomicInteger();
    ExecutorService load = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 4; i++) {
      load.submit(
          () -> {
            while (running.get()) {
              try {
                Api.Reply reply =
                    housing.post(
                        "/referrals",
                        Map.of(
                            "personId",
                            person,
                            "serviceId",
                            service,
                            "urgency",
                            "URGENT",
                            "reason",
                            "Load while the database dies"));
                if (reply.status() == 201) {
                  saved.add(reply.json().get("id").asLong());
                } else {
                  refused.incrementAndGet();
                }
              } catch (RuntimeException connectionLost) {
                refused.incrementAndGet();
              }
            }
          });
    }
    waitUntil(() -> saved.size() >= 10, "some referrals saved under load");
    int savedBeforeCrash = saved.size();

    Platform.stack().crashAndRestartDatabase();
    // The app reconnects by itself: writes succeed again without restarting Payara.
    waitUntil(() -> saved.size() >= savedBeforeCrash + 10, "referrals saved after the restart");
    running.set(false);
    load.shutdown();
    assertThat(load.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    // Every referral the client was answered 201 for is there, with its process.
    String ids =
        saved.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
    assertThat(count("select count(*) from totalplace.referral where id in (" + ids + ")"))
        .as("referrals the client was told were saved")
        .isEqualTo(saved.size());
    waitUntil(
        () -> {
          ReferralLifecycleApiIT.timersDueNow(before);
          return count(
                  "select count(*) from totalplace.referral_event where action = 'OVERDUE'"
                      + " and referral_id = "
                      + before)
              == 1;
        },
        "the overdue alarm after the database came back");

    java.io.ByteArrayOutputStream report = new java.io.ByteArrayOutputStream();
    int exit =
        org.totalplace.launcher.Launcher.check(
            Platform.stack().jdbcUrl(),
            Platform.stack().dbUser(),
            Platform.stack().dbPassword(),
            new java.io.PrintStream(report, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(exit).as(report.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
  }
}
