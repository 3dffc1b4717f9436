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

  @Test
  void aNewReferralIsSentFromTheSendersAgencyToTheServicesAgency() {
    Referral referral = referralFromHousingToDrugAlcohol();

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
    assertThat(referral.getFromAgency()).isEqualTo("housing");
    assertThat(referral.getToAgency()).isEqualTo("drug-alcohol");
    assertThat(referral.getStatusChangedAt()).isEqualTo(SENT);
    assertThat(referral.getStatusChangedBy()).isEqualTo("hana");
  }

  @Test
  void onlyTheTwoAgenciesInvolvedCanSeeIt() {
    Referral referral = referralFromHousingToDrugAlcohol();

    assertThat(referral.isVisibleTo(housingWorker)).isTrue();
    assertThat(referral.isVisibleTo(drugAlcoholWorker)).isTrue();
    assertThat(referral.isVisibleTo(policeWorker)).isFalse();
  }

  @Test
  void onlyAWorkerOfTheReceivingAgencyCanDecide() {
    Referral referral = referralFromHousingToDrugAlcohol();

    assertThat(referral.isDecidableBy(drugAlcoholWorker)).isTrue();
    assertThat(referral.isDecidableBy(housingWorker)).isFalse();
    assertThat(referral.isDecidableBy(policeWorker)).isFalse();
    assertThat(referral.isDecidableBy(drugAlcoholAdmin)).isFalse();
    assertThatThrownBy(() -> referral.accept(housingWorker, LATER))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.SENT);
  }

  @Test
  void acceptingRecordsWhoAndWhen() {
    Referral referral = referralFromHousingToDrugAlcohol();

    referral.accept(drugAlcoholWorker, LATER);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.ACCEPTED);
    assertThat(referral.getStatusChangedAt()).isEqualTo(LATER);
    assertThat(referral.getStatusChangedBy()).isEqualTo("dana");
  }

  @Test
  void aDeclineNeedsAReasonAndADecidedReferralCannotBeDecidedAgain() {
    Referral referral = referralFromHousingToDrugAlcohol();

    assertThatThrownBy(() -> referral.decline(drugAlcoholWorker, " ", LATER))
        .isInstanceOf(IllegalArgumentException.class);
    referral.decline(drugAlcoholWorker, " Full until March ", LATER);

    assertThat(referral.getStatus()).isEqualTo(ReferralStatus.DECLINED);
    assertThat(referral.getDeclineReason()).isEqualTo("Full until March");
    assertThatThrownBy(() -> referral.accept(drugAlcoholWorker, LATER))
        .isInstanceOf(IllegalStateException.class);
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

  private Referral referralFromHousingToDrugAlcohol() {
    return new Referral(
        person(), service("drug-alcohol"), housingWorker, Urgency.URGENT, " Asked for help ", SENT);
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
