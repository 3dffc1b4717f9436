package org.totalplace.demo.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import org.totalplace.platform.control.Sql;

/**
 * The counting story of the demo: Liam O'Connor's earlier release, in August 2023, had a plan whose
 * accommodation and probation steps were not in place on the day. He spent fourteen weeks in bed
 * and breakfast, was arrested twice, went to A&E and was back on remand by January, then sentenced.
 * His journey shows what that cost each agency; the plan being made for his next release is the
 * "after". Written as history the platform would have recorded then (dated rows), since no screen
 * records the past.
 */
@Dependent
public class CountingDemo {

  @PersistenceContext EntityManager em;

  /**
   * Before his current custody status is recorded: the spell he is in now stays open until then.
   */
  public void liamsEarlierRelease(long liam) {
    spell(liam, "SENTENCED", "2022-03-01", "2023-08-14");
    spell(liam, "ON_LICENCE", "2023-08-14", "2024-01-16");
    spell(liam, "ON_REMAND", "2024-01-16", "2024-05-01");
    spell(liam, "SENTENCED", "2024-05-01", null);
    Sql.update(
        em,
        "insert into address (person_id, line, postcode, moved_in, moved_out, recorded_at,"
            + " recorded_by) values (?1, 'Room 3, Harehills Road bed and breakfast', 'LS9 7AA',"
            + " date '2023-08-21', date '2023-11-27', timestamptz '2023-08-21 10:00+01',"
            + " 'Hana Reid')",
        liam);
    entry(liam, "police", "CRIMINAL_JUSTICE", "Arrested for shoplifting", "2023-10-02");
    entry(liam, "health", "HEALTH", "A&E attendance after an assault", "2024-01-14");
    entry(
        liam,
        "police",
        "CRIMINAL_JUSTICE",
        "Arrested after a fight in the town centre",
        "2024-01-15");
    long pathway =
        Sql.insert(
            em,
            "insert into pathway (kind, person_id, lead_username, lead_name, lead_agency, key_date,"
                + " starts_on, status, created_at, created_by) values ('PRISON_RELEASE', ?1,"
                + " 'probation.worker', 'Priya Shah', 'probation', date '2023-08-14',"
                + " date '2023-07-17', 'CLOSED', timestamptz '2023-07-17 09:00+01',"
                + " 'probation.worker')",
            liam);
    LocalDate day = LocalDate.of(2023, 8, 14);
    // Housing found him a room only after fourteen weeks; his first appointment was a week late.
    step(
        pathway,
        "accommodation",
        "Secure accommodation for release day",
        "housing",
        day,
        "2023-11-27");
    step(pathway, "benefits", "Benefits claim ready for day one", "jobcentre", day, "2023-08-11");
    step(pathway, "gpRegistration", "Register with a GP", "health", day, "2023-08-29");
    step(
        pathway,
        "treatment",
        "Continue drug and alcohol treatment",
        "drug-alcohol",
        day,
        "2023-08-10");
    step(
        pathway,
        "supervision",
        "Book the first probation appointment",
        "probation",
        day,
        "2023-08-21");
  }

  private void spell(long person, String status, String from, String to) {
    Sql.update(
        em,
        "insert into custody_spell (person_id, status, started_at, ended_at, recorded_by) values"
            + " (?1, ?2, cast(?3 as date) + time '09:00', cast(?4 as date) + time '09:00',"
            + " 'probation')",
        person,
        status,
        from,
        to);
  }

  /** The demo's own worker of each agency, as their entries and steps name them. */
  private static final java.util.Map<String, String> WORKER =
      java.util.Map.of(
          "housing", "Hana Reid",
          "jobcentre", "Jamal Okafor",
          "health", "Harriet Cole",
          "drug-alcohol", "Dana Kerr",
          "probation", "Priya Shah",
          "police", "Pat Lowe");

  private void entry(long person, String agency, String sensitivity, String summary, String day) {
    Sql.update(
        em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'NOTE', ?3, ?4, cast(?5 as date) + time"
            + " '11:00', cast(?5 as date) + time '12:00', ?6)",
        person,
        agency,
        sensitivity,
        summary,
        day,
        WORKER.get(agency));
  }

  private void step(
      long pathway, String key, String title, String agency, LocalDate due, String doneOn) {
    Sql.update(
        em,
        "insert into pathway_step (pathway_id, step_key, title, agency, due_on, status, done_at,"
            + " done_by) values (?1, ?2, ?3, ?4, ?5, 'IN_PLACE', cast(?6 as date) + time"
            + " '10:00', ?7)",
        pathway,
        key,
        title,
        agency,
        due,
        doneOn,
        WORKER.get(agency));
  }
}
