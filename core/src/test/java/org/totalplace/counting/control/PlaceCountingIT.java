package org.totalplace.counting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.counting.entity.CostBasis;
import org.totalplace.counting.entity.CostRule;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.MappingVersion;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.flow.control.HandMadeReferrals;
import org.totalplace.platform.control.Sql;

/**
 * The place-wide figures counted from a small hand-made place in PostgreSQL: 24 people released in
 * June 2024, half with every step of their plan in place on the day, and one person with an A&E
 * attendance, too few to be shown.
 */
class PlaceCountingIT {

  static final BigDecimal ARREST = JourneyCostsIT.ARREST;
  static final BigDecimal NO_ACCOMMODATION = JourneyCostsIT.NO_ACCOMMODATION;
  static final BigDecimal BED_AND_BREAKFAST = JourneyCostsIT.BED_AND_BREAKFAST;

  static HandMadeReferrals db;
  static long snapshot;

  @BeforeAll
  static void aSmallPlaceCounted() throws Exception {
    db = new HandMadeReferrals();
    CatalogueIntake intake = new CatalogueIntake();
    intake.em = db.em;
    PlaceCounting counting = new PlaceCounting();
    counting.em = db.em;
    db.write(
        () -> {
          intake.take("test", CatalogueIntakeIT.published(), "GMCA v1.4");
          db.em.persist(new MappingVersion(1, Instant.now(), "test", "The test's mapping"));
          db.em.flush();
          rule(
              CostSource.ADDRESS,
              null,
              "bed and breakfast",
              null,
              "HO4.1",
              CostBasis.PER_WEEK,
              "housing");
          rule(CostSource.ENTRY, null, "arrest", "police", "CR7.0", CostBasis.EACH, "police");
          rule(CostSource.ENTRY, null, "A&E", "health", "HE4.0", CostBasis.EACH, "health");
          rule(
              CostSource.STEP_MISSED,
              "PRISON_RELEASE:accommodation",
              null,
              null,
              "HO3.0",
              CostBasis.EACH,
              "housing");
          for (int i = 0; i < 24; i++) {
            boolean inPlace = i < 12;
            long person = db.person("Released" + i, "Person");
            long pathway =
                Sql.insert(
                    db.em,
                    "insert into pathway (kind, person_id, lead_username, lead_name, lead_agency,"
                        + " key_date, starts_on, status, created_at, created_by) values"
                        + " ('PRISON_RELEASE', ?1, 'p', 'P', 'probation', date '2024-06-01',"
                        + " date '2024-05-01', 'CLOSED', now(), 'test')",
                    person);
            Sql.update(
                db.em,
                "insert into pathway_step (pathway_id, step_key, title, agency, due_on, status,"
                    + " done_at) values (?1, 'accommodation', 'Accommodation', 'housing',"
                    + " date '2024-06-01', ?2, cast(?3 as timestamptz))",
                pathway,
                inPlace ? "IN_PLACE" : "OPEN",
                inPlace ? "2024-05-30T10:00:00Z" : null);
            entry(
                person, "police", "CRIMINAL_JUSTICE", "Arrested in the town centre", "2024-09-01");
            if (!inPlace) {
              Sql.update(
                  db.em,
                  "insert into address (person_id, line, moved_in, moved_out, recorded_at,"
                      + " recorded_by) values (?1, 'Bed and breakfast, Mill Lane',"
                      + " date '2024-06-10', date '2024-07-08', now(), 'test')",
                  person);
              // Probation keyed his date of birth and address; housing keyed the date of birth
              // again, and the address reached housing and police told once.
              capture(person, "DATE_OF_BIRTH", "probation", "KEYED", "2024-05-01");
              capture(person, "DATE_OF_BIRTH", "housing", "KEYED", "2024-06-05");
              capture(person, "ADDRESS", "probation", "KEYED", "2024-05-01");
              capture(person, "ADDRESS", "housing", "SHARED", "2024-06-10");
              capture(person, "ADDRESS", "police", "SHARED", "2024-06-10");
              long referral =
                  db.sent(person, "probation", "housing", "ROUTINE", "IN_PROGRESS", Instant.now());
              db.set(referral, "accepted_at", Instant.parse("2024-06-05T10:00:00Z"));
            }
          }
          entry(db.person("Lone", "Patient"), "health", "HEALTH", "A&E attendance", "2024-08-01");
          OptionalLong counted = counting.count();
          snapshot = counted.orElseThrow();
        });
  }

  static void rule(
      CostSource source,
      String status,
      String phrase,
      String recordedBy,
      String code,
      CostBasis basis,
      String borneBy) {
    db.em.persist(
        new CostRule(
            new RuleDraft(source, null, status, phrase, recordedBy, code, basis, borneBy), 1));
  }

  static void capture(long person, String fact, String agency, String how, String day) {
    Sql.update(
        db.em,
        "insert into fact_capture (person_id, fact, agency, how, at) values (?1, ?2, ?3, ?4,"
            + " cast(?5 as date) + time '10:00')",
        person,
        fact,
        agency,
        how,
        day);
  }

  static void entry(long person, String agency, String sensitivity, String summary, String day) {
    Sql.update(
        db.em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'NOTE', ?3, ?4,"
            + " cast(?5 as date) + time '10:00', now(), 'test')",
        person,
        agency,
        sensitivity,
        summary,
        day);
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  static Object[] row(String sql, Object... parameters) {
    return (Object[]) Sql.query(db.em, sql, parameters).getSingleResult();
  }

  static BigDecimal times(int n, BigDecimal... each) {
    return java.util.Arrays.stream(each)
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .multiply(BigDecimal.valueOf(n));
  }

  @Test
  void thePlaceMapCountsEachCellAndEachTotalWithItsOwnPeople() {
    Object[] crime =
        row(
            "select cost, people from place_cost where snapshot_id = ?1 and financial_year = 2024"
                + " and theme = 'CRIME' and borne_by = 'police'",
            snapshot);
    assertThat((BigDecimal) crime[0]).isEqualByComparingTo(times(24, ARREST));
    assertThat(((Number) crime[1]).longValue()).isEqualTo(24);
    Object[] housing =
        row(
            "select cost, people from place_cost where snapshot_id = ?1 and financial_year = 2024"
                + " and theme = 'HOUSING' and borne_by = 'housing'",
            snapshot);
    assertThat((BigDecimal) housing[0])
        .isEqualByComparingTo(times(12, NO_ACCOMMODATION, BED_AND_BREAKFAST));
    Object[] all =
        row(
            "select cost, people from place_cost where snapshot_id = ?1 and financial_year = 0"
                + " and theme = '*' and borne_by = '*'",
            snapshot);
    // 25 different people, not the 24 + 12 + 1 of the cells.
    assertThat(((Number) all[1]).longValue()).isEqualTo(25);
    assertThat((BigDecimal) all[0])
        .isEqualByComparingTo(
            times(24, ARREST)
                .add(times(12, NO_ACCOMMODATION, BED_AND_BREAKFAST))
                .add(JourneyCostsIT.A_AND_E));
  }

  @Test
  void releasesWithEveryStepInPlaceAreComparedWithTheRestOverTheFollowingYear() {
    Object[] with =
        row(
            "select releases, cost from release_outcome where snapshot_id = ?1 and all_in_place"
                + " and borne_by is null",
            snapshot);
    Object[] without =
        row(
            "select releases, cost from release_outcome where snapshot_id = ?1 and not"
                + " all_in_place and borne_by is null",
            snapshot);
    assertThat(((Number) with[0]).longValue()).isEqualTo(12);
    assertThat((BigDecimal) with[1]).isEqualByComparingTo(times(12, ARREST));
    assertThat(((Number) without[0]).longValue()).isEqualTo(12);
    // The missed step itself falls on the release day: the following year is the stay and the
    // arrest.
    assertThat((BigDecimal) without[1]).isEqualByComparingTo(times(12, BED_AND_BREAKFAST, ARREST));
  }

  @Test
  void theCostliestTwoPerCentOfACohortAreSetAgainstTheRest() {
    Object[] year =
        row(
            "select c.people, y.people_with_cost, y.top_people, y.top_cost from cohort c join"
                + " cohort_year y on y.snapshot_id = c.snapshot_id and y.code = c.code where"
                + " c.snapshot_id = ?1 and c.code = 'RELEASED:2024' and y.financial_year = 2024",
            snapshot);
    assertThat(((Number) year[0]).longValue()).isEqualTo(24);
    assertThat(((Number) year[1]).longValue()).isEqualTo(24);
    // 2% of 24, rounded up: one person, one of those without accommodation on the day.
    assertThat(((Number) year[2]).longValue()).isEqualTo(1);
    assertThat((BigDecimal) year[3])
        .isEqualByComparingTo(times(1, NO_ACCOMMODATION, BED_AND_BREAKFAST, ARREST));
  }

  @Test
  void theYearAfterAnAgencyActsIsSetAgainstTheYearBeforeForEveryOtherAgency() {
    Object[] flow =
        row(
            "select people, cost_before, cost_after from cost_flow where snapshot_id = ?1 and"
                + " acting = 'housing' and affected = 'police'",
            snapshot);
    assertThat(((Number) flow[0]).longValue()).isEqualTo(12);
    assertThat((BigDecimal) flow[1]).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat((BigDecimal) flow[2]).isEqualByComparingTo(times(12, ARREST));
  }

  @Test
  void aLonePersonsCostIsCountedButItsCellIsHiddenFromThePage() {
    long people =
        ((Number)
                Sql.query(
                        db.em,
                        "select people from place_cost where snapshot_id = ?1 and financial_year"
                            + " = 2024 and theme = 'HEALTH' and borne_by = 'health'",
                        snapshot)
                    .getSingleResult())
            .longValue();
    assertThat(people).isEqualTo(1);
    var cells =
        java.util.Map.of(
            "HEALTH",
            java.util.Map.of(
                "health",
                new org.totalplace.counting.entity.Figure(JourneyCostsIT.A_AND_E, people)));
    assertThat(Suppression.hidden(cells)).containsExactly("HEALTH|health");
  }

  @Test
  void aFactKeyedByASecondAgencyIsCountedAsCollectedTwiceAndOneToldOnceAsShared() {
    Object[] housing =
        row(
            "select keyed, keyed_again, shared from collection_count where snapshot_id = ?1 and"
                + " fact = 'DATE_OF_BIRTH' and agency = 'housing' and financial_year = 2024",
            snapshot);
    assertThat(((Number) housing[0]).longValue()).isEqualTo(12);
    assertThat(((Number) housing[1]).longValue()).isEqualTo(12);
    Object[] probation =
        row(
            "select keyed, keyed_again from collection_count where snapshot_id = ?1 and fact ="
                + " 'DATE_OF_BIRTH' and agency = 'probation' and financial_year = 2024",
            snapshot);
    // Probation was first: its keying is not a repeat.
    assertThat(((Number) probation[0]).longValue()).isEqualTo(12);
    assertThat(((Number) probation[1]).longValue()).isZero();
    Object[] address =
        row(
            "select sum(shared), sum(keyed_again) from collection_count where snapshot_id = ?1"
                + " and fact = 'ADDRESS'",
            snapshot);
    assertThat(((Number) address[0]).longValue()).isEqualTo(24);
    assertThat(((Number) address[1]).longValue()).isZero();
    Object[] several =
        row(
            "select people, keyed_by_several, most_agencies from collection_fact where"
                + " snapshot_id = ?1 and fact = 'DATE_OF_BIRTH'",
            snapshot);
    assertThat(((Number) several[0]).longValue()).isEqualTo(12);
    assertThat(((Number) several[1]).longValue()).isEqualTo(12);
    assertThat(((Number) several[2]).intValue()).isEqualTo(2);
  }
}
