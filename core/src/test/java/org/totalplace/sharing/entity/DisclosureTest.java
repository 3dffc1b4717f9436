package org.totalplace.sharing.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DisclosureTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  static final Instant NOW = Instant.parse("2026-11-23T12:00:00Z");

  static SharingAgreement agreement(String from, String to, Sensitivity what, LawfulBasis basis) {
    return new SharingAgreement(
        1, from, to, what, "purpose", basis, TODAY.minusYears(1), null, NOW, "admin", 0);
  }

  static SharingBasis consent(String agency, ConsentStatus status, LocalDate expires) {
    return new SharingBasis(
        1,
        7,
        agency,
        LawfulBasis.CONSENT,
        status,
        "resettlement",
        TODAY.minusDays(3),
        expires,
        NOW,
        "worker",
        null,
        null,
        0);
  }

  static final List<SharingAgreement> AGREEMENTS =
      List.of(
          agreement("health", "housing", Sensitivity.HEALTH, LawfulBasis.CONSENT),
          agreement("health", "housing", Sensitivity.GENERAL, LawfulBasis.PUBLIC_TASK),
          agreement("probation", "housing", Sensitivity.CRIMINAL_JUSTICE, LawfulBasis.PUBLIC_TASK));

  static Disclosure housing(boolean involved, List<SharingBasis> bases, List<BreakGlass> glass) {
    return Disclosure.decide("housing", involved, bases, glass, AGREEMENTS, NOW, TODAY);
  }

  @Test
  void withoutInvolvementOrBasisOnlyTheKnownToCardIsOpen() {
    Disclosure d = housing(false, List.of(), List.of());
    assertThat(d.getLevel()).isEqualTo(Disclosure.Level.KNOWN_TO);
    assertThat(d.maySee("housing", Sensitivity.GENERAL)).isFalse();
    assertThat(d.describe()).startsWith("Known-to view only");
  }

  @Test
  void anInvolvedAgencySeesItsOwnEntriesAndWhatAgreementsOnOtherBasesShare() {
    Disclosure d = housing(true, List.of(), List.of());
    assertThat(d.maySee("housing", Sensitivity.SEXUAL_HEALTH)).isTrue();
    assertThat(d.maySee("health", Sensitivity.GENERAL)).isTrue();
    assertThat(d.maySee("probation", Sensitivity.CRIMINAL_JUSTICE)).isTrue();
    // The health agreement is on consent, and there is none.
    assertThat(d.maySee("health", Sensitivity.HEALTH)).isFalse();
    // Nothing agreed at all.
    assertThat(d.maySee("health", Sensitivity.MENTAL_HEALTH)).isFalse();
    assertThat(d.maySee("police", Sensitivity.GENERAL)).isFalse();
  }

  @Test
  void consentOpensTheRecordAndWhatIsAgreedOnConsent() {
    Disclosure d =
        housing(false, List.of(consent("housing", ConsentStatus.GIVEN, null)), List.of());
    assertThat(d.isRecordOpen()).isTrue();
    assertThat(d.maySee("health", Sensitivity.HEALTH)).isTrue();
    assertThat(d.describe()).isEqualTo("Consent given for resettlement");
  }

  @Test
  void refusedWithdrawnExpiredOrOtherAgencysConsentCountsForNothing() {
    var refused = consent("housing", ConsentStatus.REFUSED, null);
    var withdrawn =
        new SharingBasis(
            1,
            7,
            "housing",
            LawfulBasis.CONSENT,
            ConsentStatus.WITHDRAWN,
            "p",
            TODAY.minusDays(3),
            null,
            NOW,
            "w",
            NOW.minusSeconds(1),
            "w",
            1);
    var expired = consent("housing", ConsentStatus.GIVEN, TODAY.minusDays(1));
    var notYet =
        new SharingBasis(
            1,
            7,
            "housing",
            LawfulBasis.CONSENT,
            ConsentStatus.GIVEN,
            "p",
            TODAY.plusDays(1),
            null,
            NOW,
            "w",
            null,
            null,
            0);
    var police = consent("police", ConsentStatus.GIVEN, null);
    for (SharingBasis basis : List.of(refused, withdrawn, expired, notYet, police)) {
      Disclosure d = housing(false, List.of(basis), List.of());
      assertThat(d.isRecordOpen()).as(basis.toString()).isFalse();
      assertThat(d.maySee("health", Sensitivity.HEALTH)).as(basis.toString()).isFalse();
    }
  }

  @Test
  void consentExpiringTodayStillCounts() {
    Disclosure d =
        housing(false, List.of(consent("housing", ConsentStatus.GIVEN, TODAY)), List.of());
    assertThat(d.maySee("health", Sensitivity.HEALTH)).isTrue();
  }

  @Test
  void anAgreementOutOfForceSharesNothing() {
    var ended =
        new SharingAgreement(
            2,
            "police",
            "housing",
            Sensitivity.GENERAL,
            "p",
            LawfulBasis.PUBLIC_TASK,
            TODAY.minusYears(1),
            TODAY.minusDays(1),
            NOW,
            "a",
            1);
    var future =
        new SharingAgreement(
            3,
            "police",
            "housing",
            Sensitivity.SAFEGUARDING,
            "p",
            LawfulBasis.PUBLIC_TASK,
            TODAY.plusDays(1),
            null,
            NOW,
            "a",
            1);
    Disclosure d =
        Disclosure.decide(
            "housing", true, List.of(), List.of(), List.of(ended, future), NOW, TODAY);
    assertThat(d.maySee("police", Sensitivity.GENERAL)).isFalse();
    assertThat(d.maySee("police", Sensitivity.SAFEGUARDING)).isFalse();
  }

  @Test
  void agreementsToAnotherAgencyDoNotApply() {
    Disclosure d =
        Disclosure.decide(
            "police",
            true,
            List.of(),
            List.of(),
            List.of(agreement("health", "housing", Sensitivity.GENERAL, LawfulBasis.PUBLIC_TASK)),
            NOW,
            TODAY);
    assertThat(d.maySee("health", Sensitivity.GENERAL)).isFalse();
  }

  @Test
  void brokenGlassOpensWhatAgreementsCouldShareUntilItEnds() {
    var glass =
        new BreakGlass(
            5,
            7,
            "ann",
            "housing",
            "Threat to life",
            NOW.minus(Duration.ofHours(1)),
            NOW.plus(Duration.ofHours(3)),
            null,
            null,
            null,
            null,
            0);
    Disclosure d = housing(false, List.of(), List.of(glass));
    assertThat(d.isRecordOpen()).isTrue();
    assertThat(d.isBrokenGlass()).isTrue();
    // Glass stands in for the missing consent or basis: what an agreement would share is open...
    assertThat(d.maySee("health", Sensitivity.HEALTH)).isTrue();
    assertThat(d.maySee("health", Sensitivity.GENERAL)).isTrue();
    assertThat(d.maySee("probation", Sensitivity.CRIMINAL_JUSTICE)).isTrue();
    assertThat(d.maySee("housing", Sensitivity.SAFEGUARDING)).isTrue();
    // ...but never a category no agreement opens to housing (police intelligence, say).
    for (Sensitivity s : Sensitivity.values()) {
      assertThat(d.maySee("police", s)).as(s.name()).isFalse();
    }
    assertThat(d.maySee("health", Sensitivity.MENTAL_HEALTH)).isFalse();
    assertThat(d.sharedPairs())
        .containsExactlyInAnyOrder("health:HEALTH", "health:GENERAL", "probation:CRIMINAL_JUSTICE");
    assertThat(Disclosure.everything("housing").maySee("police", Sensitivity.CRIMINAL_JUSTICE))
        .isTrue();
    var over =
        new BreakGlass(
            5,
            7,
            "ann",
            "housing",
            "Threat to life",
            NOW.minus(Duration.ofHours(5)),
            NOW.minus(Duration.ofHours(1)),
            null,
            null,
            null,
            null,
            0);
    assertThat(housing(false, List.of(), List.of(over)).isRecordOpen()).isFalse();
  }
}
