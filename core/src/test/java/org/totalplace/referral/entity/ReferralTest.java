package org.totalplace.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

class ReferralTest {

  static final Instant SENT = Instant.parse("2026-11-02T09:00:00Z");
  static final Instant LATER = Instant.parse("2026-11-02T11:30:00Z");

  final Caller housingWorker = worker("hana", "housing", Roles.FRONTLINE_WORKER);
  final Caller drugAlcoholWorker = worker("dana", "drug-alcohol", Roles.FRONTLINE_WORKER);
  final Caller policeWorker = worker("pat", "police", Roles.FRONTLINE_WORKER);
  final Caller drugAlcoholAdmin = worker("ada", "drug-alcohol", Roles.AGENCY_ADMIN);

  static final Instant DUE = Instant.parse("2026-11-02T15:00:00Z");

  @Test
  void aDraftIsSeenOnlyBySendersUntilItIsSent() {
    Referral referral = draft();

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DRAFT);
    assertThat(referral.isVisibleTo(housingWorker)).isTrue();
    assertThat(referral.isVisibleTo(drugAlcoholWorker)).isFalse();

    referral.send(housingWorker, SENT, DUE);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    assertThat(referral.getFromAgency()).isEqualTo("housing");
    assertThat(referral.getToAgency()).isEqualTo("drug-alcohol");
    assertThat(referral.getDueAt()).isEqualTo(DUE);
    assertThat(referral.isVisibleTo(drugAlcoholWorker)).isTrue();
    assertThat(referral.isVisibleTo(policeWorker)).isFalse();
  }

  @Test
  void onlyAWorkerOfTheReceivingAgencyTakesItsSteps() {
    Referral referral = sent();

    assertThat(referral.isDecidableBy(drugAlcoholWorker)).isTrue();
    assertThat(referral.isDecidableBy(housingWorker)).isFalse();
    assertThat(referral.isDecidableBy(policeWorker)).isFalse();
    assertThat(referral.isDecidableBy(drugAlcoholAdmin)).isFalse();
    assertThatThrownBy(() -> referral.acknowledge(housingWorker, LATER, DUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void theWholeLifecycleRecordsWhoAndWhenAndTheFhirStatus() {
    Referral referral = sent();

    referral.acknowledge(drugAlcoholWorker, LATER, DUE.plusSeconds(7200));
    assertThat(referral.getStatus().getFhirTaskStatus()).isEqualTo("received");
    assertThat(referral.getAssignee()).as("acknowledging takes it on").isEqualTo("dana");
    assertThat(referral.getDueAt()).isEqualTo(DUE.plusSeconds(7200));
    referral.askForInformation(drugAlcoholWorker, " Is he registered with a GP? ", LATER);
    assertThat(referral.getInformationRequest()).isEqualTo("Is he registered with a GP?");
    assertThat(referral.getDueAt()).as("no clock while the sender answers").isNull();
    referral.provideInformation(housingWorker, LATER, DUE.plusSeconds(9000));
    referral.accept(drugAlcoholWorker, LATER);
    referral.start(drugAlcoholWorker, LATER);
    referral.complete(drugAlcoholWorker, true, " Engaged with treatment ", LATER);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.COMPLETED);
    assertThat(referral.getStatus().getFhirTaskStatus()).isEqualTo("completed");
    assertThat(referral.getOutcome()).isEqualTo("Engaged with treatment");
    assertThat(referral.getClosedAt()).isEqualTo(LATER);
    assertThat(referral.getStatusChangedBy()).isEqualTo("dana");
  }

  @Test
  void aDeclineNeedsACodedReasonAndADeclinedReferralCannotBeAccepted() {
    Referral referral = sent();
    referral.acknowledge(drugAlcoholWorker, LATER, DUE);

    assertThatThrownBy(() -> referral.decline(drugAlcoholWorker, DeclineReason.OTHER, " ", LATER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> referral.decline(drugAlcoholWorker, null, "Full", LATER))
        .isInstanceOf(IllegalArgumentException.class);
    referral.decline(drugAlcoholWorker, DeclineReason.NO_CAPACITY, " Full until March ", LATER);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.getStatus().getFhirTaskStatus()).isEqualTo("rejected");
    assertThat(referral.getDeclineReason()).isEqualTo("Full until March");
    assertThatThrownBy(() -> referral.accept(drugAlcoholWorker, LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void stepsOutOfTurnAreRefused() {
    Referral referral = sent();

    assertThatThrownBy(() -> referral.accept(drugAlcoholWorker, LATER))
        .as("accepting before acknowledging, in the entity")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> referral.start(drugAlcoholWorker, LATER))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> referral.send(housingWorker, LATER, DUE))
        .as("sending twice")
        .isInstanceOf(IllegalStateException.class);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void onlyTheSenderWithdrawsAndOnlyBeforeTheEnd() {
    Referral referral = sent();

    assertThatThrownBy(() -> referral.withdraw(drugAlcoholWorker, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    referral.withdraw(housingWorker, LATER);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.WITHDRAWN);
    assertThat(referral.getStatus().getFhirTaskStatus()).isEqualTo("cancelled");
    assertThatThrownBy(() -> referral.withdraw(housingWorker, LATER))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void itIsOverdueOnlyWhileItsStepRunsAgainstAClock() {
    Referral referral = sent();

    assertThat(referral.isOverdueAt(DUE.minusSeconds(1))).isFalse();
    assertThat(referral.isOverdueAt(DUE.plusSeconds(1))).isTrue();
    referral.acknowledge(drugAlcoholWorker, DUE.plusSeconds(2), DUE.plusSeconds(3600));
    assertThat(referral.isOverdueAt(DUE.plusSeconds(60))).isFalse();
  }

  @Test
  void noReferralToTheSendersOwnAgencyOrFromNoAgency() {
    Person person = person();
    Service housingService = service("housing");
    Caller nobody = new Caller("x", "x", null, Set.of(Roles.FRONTLINE_WORKER));

    assertThatThrownBy(
            () -> new Referral(person, housingService, housingWorker, Urgency.URGENT, "r", SENT))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> new Referral(person, service("police"), nobody, Urgency.URGENT, "r", SENT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private Referral draft() {
    return new Referral(
        person(), service("drug-alcohol"), housingWorker, Urgency.URGENT, " Asked for help ", SENT);
  }

  private Referral sent() {
    Referral referral = draft();
    referral.send(housingWorker, SENT, DUE);
    return referral;
  }

  private static Person person() {
    return new Person(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), null), "hana", SENT);
  }

  private static Caller worker(String username, String agency, String role) {
    return new Caller(username, username, agency, Set.of(role));
  }

  private static Service service(String agencyCode) {
    return new Service(new Agency(agencyCode, agencyCode), "A service of " + agencyCode, "");
  }
}
