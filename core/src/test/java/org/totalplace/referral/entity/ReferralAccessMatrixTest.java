package org.totalplace.referral.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * Every agency and role against a referral from housing to the drug and alcohol service: only the
 * two agencies see it, and only the receiver's workers and team leads may decide it.
 */
class ReferralAccessMatrixTest {

  static final List<String> AGENCIES =
      List.of(
          "housing",
          "jobcentre",
          "probation",
          "health",
          "childrens-services",
          "drug-alcohol",
          "police",
          "voluntary");
  static final List<String> ROLES =
      List.of(
          Roles.FRONTLINE_WORKER,
          Roles.TEAM_LEAD,
          Roles.AGENCY_ADMIN,
          Roles.DATA_PROTECTION_OFFICER);

  static Stream<Arguments> everyAgencyAndRole() {
    return AGENCIES.stream().flatMap(a -> ROLES.stream().map(r -> Arguments.of(a, r)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("everyAgencyAndRole")
  void onlyTheTwoAgenciesSeeItAndOnlyTheReceiversCaseworkersDecideIt(String agency, String role) {
    Referral referral = fromHousingToDrugAlcohol();
    Caller caller = new Caller("someone", "Someone", agency, Set.of(role));
    boolean involved = agency.equals("housing") || agency.equals("drug-alcohol");
    boolean caseworker = role.equals(Roles.FRONTLINE_WORKER) || role.equals(Roles.TEAM_LEAD);

    assertThat(referral.isVisibleTo(caller)).isEqualTo(involved);
    assertThat(referral.isDecidableBy(caller))
        .isEqualTo(agency.equals("drug-alcohol") && caseworker);
    assertThat(caller.worksWithPeople()).isEqualTo(caseworker);
  }

  @ParameterizedTest(name = "no agency, {0}")
  @MethodSource("roles")
  void someoneOfNoAgencyNeitherSeesNorDecides(String role) {
    Referral referral = fromHousingToDrugAlcohol();
    Caller caller = new Caller("someone", "Someone", null, Set.of(role));

    assertThat(referral.isVisibleTo(caller)).isFalse();
    assertThat(referral.isDecidableBy(caller)).isFalse();
    assertThat(caller.worksWithPeople()).isFalse();
  }

  static Stream<String> roles() {
    return ROLES.stream();
  }

  private static Referral fromHousingToDrugAlcohol() {
    Instant now = Instant.parse("2026-11-02T09:00:00Z");
    Person person =
        new Person(new NewPerson("Jo", "Miles", LocalDate.of(1990, 1, 1), null), "hana", now);
    Service treatment =
        new Service(new Agency("drug-alcohol", "Drug and alcohol service"), "Treatment", "");
    Caller sender = new Caller("hana", "Hana", "housing", Set.of(Roles.FRONTLINE_WORKER));
    Referral referral =
        new Referral(person, treatment, sender, Urgency.URGENT, "Asked for help", now);
    referral.send(sender, now, now.plusSeconds(3600));
    return referral;
  }
}
