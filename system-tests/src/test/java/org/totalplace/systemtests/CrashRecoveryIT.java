package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.count;
import static org.totalplace.systemtests.ReferralLifecycleApiIT.waitUntil;

import java.util.List;
import java.util.Map;
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

    ReferralLoad load =
        new ReferralLoad(housing, drugAlcohol, person, service, "Load while the server dies");
    waitUntil(() -> load.saved().size() >= 10, "some referrals sent under load");
    Platform.stack().crashAndRestartApp();
    load.close();

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
    assertTimerFiresAfterTheCrash(before);

    // Every referral the client was answered 201 for is there, and was told to the receiving
    // agency's system at least once (a delivery claimed when the server died is sent again).
    assertThat(
            count("select count(*) from totalplace.referral where id in (" + load.savedIds() + ")"))
        .isEqualTo(load.saved().size());
    java.util.Set<Long> heard = java.util.concurrent.ConcurrentHashMap.newKeySet();
    waitUntil(
        () -> {
          for (WebhookReceiver.Received r : receiver.waiting("/crash")) {
            heard.add(Api.JSON.readTree(r.body()).get("data").path("referralId").asLong());
          }
          return heard.containsAll(load.saved());
        },
        "a webhook for every referral saved across the crash");
    assertThat(drugAlcohol.delete("/webhooks/" + subscribed.json().get("id").asText()).status())
        .isEqualTo(204);
    receiver.close();

    ConsistencyCheckIT.assertWholeDatabaseConsistent();
  }

  @Test
  void aDatabaseKilledMidWayKeepsEveryReferralTheClientWasToldWasSaved() throws Exception {
    Api housing = Api.as("housing-system");
    long person = ReferralApiIT.createPerson(housing, "Dora", "Dbcrash" + ReferralApiIT.suffix());
    long before = ReferralApiIT.refer(housing, person, "drug-alcohol", "EMERGENCY");
    long service = ReferralApiIT.serviceOf(housing, "drug-alcohol");

    ReferralLoad load =
        new ReferralLoad(housing, null, person, service, "Load while the database dies");
    waitUntil(() -> load.saved().size() >= 10, "some referrals saved under load");
    int savedBeforeCrash = load.saved().size();
    Platform.stack().crashAndRestartDatabase();
    // The app reconnects by itself: writes succeed again without restarting Payara.
    waitUntil(
        () -> load.saved().size() >= savedBeforeCrash + 10, "referrals saved after the restart");
    load.close();

    assertThat(
            count("select count(*) from totalplace.referral where id in (" + load.savedIds() + ")"))
        .as("referrals the client was told were saved")
        .isEqualTo(load.saved().size());
    assertTimerFiresAfterTheCrash(before);
    ConsistencyCheckIT.assertWholeDatabaseConsistent();
  }

  /** A response clock set before the crash still fires (made due now, fired by the engine). */
  private static void assertTimerFiresAfterTheCrash(long referral) throws Exception {
    waitUntil(
        () -> {
          ReferralLifecycleApiIT.timersDueNow(referral);
          return count(
                  "select count(*) from totalplace.referral_event where action = 'OVERDUE'"
                      + " and referral_id = "
                      + referral)
              == 1;
        },
        "the overdue alarm after the restart");
  }
}
