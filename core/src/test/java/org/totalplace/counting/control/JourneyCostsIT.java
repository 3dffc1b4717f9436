package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.CostBasis;
import org.totalplace.counting.entity.CostRule;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.Journey;
import org.totalplace.counting.entity.MappingVersion;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.flow.control.HandMadeReferrals;
import org.totalplace.platform.control.Sql;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingAgreement;

/**
 * One person's journey priced in a migrated PostgreSQL against hand-worked figures, and seen by
 * each agency: an event the viewer may not see is not in the journey, nor in any of its totals.
 */
class JourneyCostsIT {

  static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  // Hand-worked at 2019/20 prices (index 107.613), each rounded to the penny once:
  // four weeks in bed and breakfast, HO4.1 £334.95 at 2010/11 (93.285): 1339.80 x 1.15359... =
  static final BigDecimal BED_AND_BREAKFAST = new BigDecimal("1545.59");
  // an arrest, CR7.0 £593 at 2006/07 (85.925)
  static final BigDecimal ARREST = new BigDecimal("742.68");
  // an A&E attendance, HE4.0 £109 at 2011/12 (95.049)
  static final BigDecimal A_AND_E = new BigDecimal("123.41");
  // 90 days of supervision in each of 2017/18 and 2018/19, CR3.2 £357 a year at 2008/09 (90.386):
  // 357 x 90 / 365.25 x 107.613 / 90.386 in each year
  static final BigDecimal SUPERVISION_PART = new BigDecimal("104.73");
  // 60 days in prison, CR3.1 £2,367 a month at 2008/09: 2367 x 60 / 30.4375 x 107.613 / 90.386
  static final BigDecimal PRISON = new BigDecimal("5555.26");
  // no accommodation on release day: a homelessness application, HO3.0 £2,501 at 2010/11
  static final BigDecimal NO_ACCOMMODATION = new BigDecimal("2885.14");

  static HandMadeReferrals db;
  static JourneyReading reading;
  static long person;

  @BeforeAll
  static void aJourneyAcrossFiveAgencies() throws Exception {
    db = new HandMadeReferrals();
    CatalogueIntake intake = new CatalogueIntake();
    intake.em = db.em;
    reading = new JourneyReading();
    reading.em = db.em;
    db.write(
        () -> {
          intake.take("test", CatalogueIntakeIT.published(), "GMCA v1.4");
          person = db.person("Liam", "Journey");
          long supervision =
              Sql.id(
                  Sql.query(db.em, "select id from service where name = 'Probation supervision'")
                      .getSingleResult());
          db.em.persist(new MappingVersion(1, NOW, "test", "The test's mapping"));
          db.em.flush();
          rule(
              CostSource.ADDRESS,
              null,
              null,
              "bed and breakfast",
              null,
              "HO4.1",
              CostBasis.PER_WEEK,
              "housing");
          rule(CostSource.ENTRY, null, null, "arrest", "police", "CR7.0", CostBasis.EACH, "police");
          rule(CostSource.ENTRY, null, null, "A&E", "health", "HE4.0", CostBasis.EACH, "health");
          rule(
              CostSource.REFERRAL,
              supervision,
              null,
              null,
              null,
              "CR3.2",
              CostBasis.PER_YEAR,
              "probation");
          rule(
              CostSource.CUSTODY,
              null,
              "SENTENCED",
              null,
              null,
              "CR3.1",
              CostBasis.PER_MONTH,
              "probation");
          rule(
              CostSource.STEP_MISSED,
              null,
              "PRISON_RELEASE:accommodation",
              null,
              null,
              "HO3.0",
              CostBasis.EACH,
              "housing");
          // An entry no rule matches costs nothing.
          rule(
              CostSource.ENTRY,
              null,
              null,
              "never said",
              "police",
              "CR7.1",
              CostBasis.EACH,
              "police");

          Sql.update(
              db.em,
              "insert into address (person_id, line, moved_in, moved_out, recorded_at, recorded_by)"
                  + " values (?1, 'Room 4, Station Road bed and breakfast', date '2012-04-02',"
                  + " date '2012-04-30', now(), 'housing.worker')",
              person);
          entry("police", "CRIMINAL_JUSTICE", "Arrested for shoplifting", "2018-06-01T10:00:00Z");
          entry("health", "HEALTH", "A&E attendance after a fall", "2018-07-01T10:00:00Z");
          entry("police", "GENERAL", "Seen in the town centre", "2018-07-02T10:00:00Z");
          long referral = db.sent(person, "housing", "probation", "ROUTINE", "COMPLETED", NOW);
          Sql.update(
              db.em,
              "update referral set service_id = ?2, accepted_at = timestamptz '2018-01-01 12:00+00',"
                  + " closed_at = timestamptz '2018-06-30 12:00+00' where id = ?1",
              referral,
              supervision);
          Sql.update(
              db.em,
              "insert into custody_spell (person_id, status, started_at, ended_at, recorded_by)"
                  + " values (?1, 'SENTENCED', timestamptz '2019-01-01 12:00+00',"
                  + " timestamptz '2019-03-02 12:00+00', 'probation')",
              person);
          long pathway =
              Sql.insert(
                  db.em,
                  "insert into pathway (kind, person_id, lead_username, lead_name, lead_agency,"
                      + " key_date, starts_on, status, created_at, created_by) values"
                      + " ('PRISON_RELEASE', ?1, 'probation.worker', 'Pat', 'probation',"
                      + " date '2019-03-02', date '2018-12-08', 'ACTIVE', now(), 'test')",
                  person);
          step(pathway, "accommodation", "housing", null);
          step(pathway, "supervision", "probation", "2019-03-01T09:00:00Z");
        });
  }

  static void rule(
      CostSource source,
      Long service,
      String status,
      String phrase,
      String recordedBy,
      String code,
      CostBasis basis,
      String borneBy) {
    db.em.persist(
        new CostRule(
            new RuleDraft(source, service, status, phrase, recordedBy, code, basis, borneBy), 1));
  }

  static void entry(String agency, String sensitivity, String summary, String at) {
    Sql.update(
        db.em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'NOTE', ?3, ?4, cast(?5 as timestamptz),"
            + " now(), 'test')",
        person,
        agency,
        sensitivity,
        summary,
        at);
  }

  static void step(long pathway, String key, String agency, String doneAt) {
    Sql.update(
        db.em,
        "insert into pathway_step (pathway_id, step_key, title, agency, due_on, status, done_at)"
            + " values (?1, ?2, ?2, ?3, date '2019-03-02', ?4, cast(?5 as timestamptz))",
        pathway,
        key,
        agency,
        doneAt == null ? "OPEN" : "IN_PLACE",
        doneAt);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  // Probation shares criminal-justice information with housing; nobody shares health's or police's.
  static final List<SharingAgreement> TO_HOUSING =
      List.of(
          new SharingAgreement(
              1,
              "probation",
              "housing",
              Sensitivity.CRIMINAL_JUSTICE,
              "resettlement",
              LawfulBasis.PUBLIC_TASK,
              TODAY.minusYears(1),
              null,
              NOW,
              "admin",
              0));

  static Journey seenBy(String agency, boolean involved) {
    Disclosure disclosure =
        Disclosure.decide(
            agency,
            involved,
            List.of(),
            List.of(),
            agency.equals("housing") ? TO_HOUSING : List.of(),
            NOW,
            TODAY);
    var seen =
        reading.events(person, agency).stream()
            .filter(e -> CostVisibility.maySee(e, disclosure, agency))
            .toList();
    return JourneyReading.journey(person, "Liam Journey", disclosure.isRecordOpen(), seen, 1, 2019);
  }

  static BigDecimal sum(BigDecimal... costs) {
    return java.util.Arrays.stream(costs).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void everyEventIsPricedToThePennyAtOnePriceYearAndASpellIsSplitByFinancialYear() {
    Journey all =
        JourneyReading.journey(
            person,
            "Liam Journey",
            true,
            reading.events(person, "housing").stream()
                .filter(e -> CostVisibility.maySee(e, Disclosure.everything("housing"), "housing"))
                .toList(),
            1,
            2019);
    assertThat(all.steps())
        .extracting(Journey.Step::unitCostCode, Journey.Step::cost)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("HO4.1", BED_AND_BREAKFAST),
            org.assertj.core.groups.Tuple.tuple("CR3.2", SUPERVISION_PART.add(SUPERVISION_PART)),
            org.assertj.core.groups.Tuple.tuple("CR7.0", ARREST),
            org.assertj.core.groups.Tuple.tuple("HE4.0", A_AND_E),
            org.assertj.core.groups.Tuple.tuple("CR3.1", PRISON),
            org.assertj.core.groups.Tuple.tuple("HO3.0", NO_ACCOMMODATION));
    assertThat(all.byYear())
        .containsEntry(2012, BED_AND_BREAKFAST)
        .containsEntry(2017, SUPERVISION_PART)
        .containsEntry(2018, sum(SUPERVISION_PART, PRISON, NO_ACCOMMODATION, ARREST, A_AND_E));
    assertThat(all.total())
        .isEqualByComparingTo(
            sum(
                BED_AND_BREAKFAST,
                SUPERVISION_PART,
                SUPERVISION_PART,
                ARREST,
                A_AND_E,
                PRISON,
                NO_ACCOMMODATION));
    // Probation's supervision ended on 30 June; the prison spell it bore next began on 1 January.
    assertThat(all.handoffs()).isEmpty();
  }

  @Test
  void eachAgencySeesOnlyTheCostsOfEventsItMaySeeAndNoTotalGivesTheOthersAway() {
    Map<String, List<String>> expected =
        Map.of(
            // sender of the referral, a step in the pathway, probation's custody by agreement
            "housing", List.of("HO4.1", "CR3.2", "CR3.1", "HO3.0"),
            // receiver of the referral, lead of the pathway, its own custody record
            "probation", List.of("HO4.1", "CR3.2", "CR3.1", "HO3.0"),
            "police", List.of("HO4.1", "CR7.0"),
            "health", List.of("HO4.1", "HE4.0"),
            // involved, but party to none of it: the address only
            "jobcentre", List.of("HO4.1"));
    Map<String, BigDecimal> cost =
        Map.of(
            "HO4.1", BED_AND_BREAKFAST,
            "CR3.2", SUPERVISION_PART.add(SUPERVISION_PART),
            "CR3.1", PRISON,
            "HO3.0", NO_ACCOMMODATION,
            "CR7.0", ARREST,
            "HE4.0", A_AND_E);
    expected.forEach(
        (agency, codes) -> {
          Journey journey = seenBy(agency, true);
          assertThat(journey.steps())
              .as(agency)
              .extracting(Journey.Step::unitCostCode)
              .containsExactlyInAnyOrderElementsOf(codes);
          BigDecimal seen = codes.stream().map(cost::get).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertThat(journey.total()).as(agency + " total").isEqualByComparingTo(seen);
          assertThat(journey.byAgency().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
              .as(agency + " by agency")
              .isEqualByComparingTo(seen);
          assertThat(journey.byYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
              .as(agency + " by year")
              .isEqualByComparingTo(seen);
        });
    // Not involved, no consent, no agreement: the "known to" card, and no cost at all.
    Journey stranger = seenBy("voluntary", false);
    assertThat(stranger.steps()).isEmpty();
    assertThat(stranger.total()).isEqualByComparingTo(BigDecimal.ZERO);
  }

  @Test
  void aStepInPlaceOnItsDayCostsNothing() {
    assertThat(reading.events(person, "probation"))
        .filteredOn(e -> e.source() == CostSource.STEP_MISSED)
        .extracting(e -> e.what())
        .containsExactly("accommodation");
  }
}
