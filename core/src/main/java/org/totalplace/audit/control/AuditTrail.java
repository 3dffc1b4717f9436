package org.totalplace.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;

/**
 * Records an audit event in the caller's transaction: if the action rolls back, so does its record,
 * and no action commits without one. The entry is written unsealed and takes no lock; {@link
 * ChainSealer} chains it by hash within seconds of the commit, so audited actions never wait on one
 * another for the chain.
 */
@Dependent
public class AuditTrail {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public void record(
      Caller caller, String action, String subjectType, Long subjectId, String detail) {
    record(caller, action, subjectType, subjectId, detail, null, null);
  }

  /** An event with the basis the caller acted on and, for a change, the fields before and after. */
  public void record(
      Caller caller,
      String action,
      String subjectType,
      Long subjectId,
      String detail,
      String basis,
      String changes) {
    // A plain insert: persisting the entity would make EclipseLink read the new id back (lastval),
    // a second statement per audited action that nothing here needs.
    write(List.of(event(caller, action, subjectType, subjectId, detail, basis, changes)));
  }

  /** What a list named (one event per person or referral shown): all in one statement. */
  public record Listed(String subjectType, Long subjectId, String detail, String basis) {}

  /**
   * The events of one action over many subjects, as when a page lists people: sealed like any
   * other, but written by one insert instead of an insert (and a read of the new id) each, which
   * made a list of a hundred cost two hundred statements.
   */
  public void recordAll(Caller caller, String action, List<Listed> subjects) {
    write(
        subjects.stream()
            .map(
                subject ->
                    event(
                        caller,
                        action,
                        subject.subjectType(),
                        subject.subjectId(),
                        subject.detail(),
                        subject.basis(),
                        null))
            .toList());
  }

  /** One event of a page that reads several things and records them together. */
  public record Event(
      String action, String subjectType, Long subjectId, String detail, String basis) {}

  /** Several events of one action by one caller, written by one statement. */
  public void recordEach(Caller caller, List<Event> events) {
    write(
        events.stream()
            .map(
                e ->
                    event(
                        caller,
                        e.action(),
                        e.subjectType(),
                        e.subjectId(),
                        e.detail(),
                        e.basis(),
                        null))
            .toList());
  }

  /**
   * All the events in one statement with one parameter: the rows as a JSON array, unpacked by
   * PostgreSQL. A multi-row insert with eleven parameters a row was quadratic in EclipseLink (it
   * files each parameter by a linear search of those before it): a hundred rows took 1,100
   * parameters and the search was the largest single cost on the platform under load.
   */
  private void write(List<AuditEvent> events) {
    if (events.isEmpty()) {
      return;
    }
    JsonArrayBuilder rows = Json.createArrayBuilder();
    for (AuditEvent event : events) {
      Object[] fields = event.sealedFields();
      JsonObjectBuilder row = Json.createObjectBuilder();
      for (int i = 0; i < COLUMNS.length; i++) {
        if (fields[i] == null) {
          row.addNull(COLUMNS[i]);
        } else if (fields[i] instanceof Long number) {
          row.add(COLUMNS[i], number);
        } else {
          // The time as ISO-8601 to the microsecond (AuditChain.storable), exactly as stored.
          row.add(COLUMNS[i], fields[i].toString());
        }
      }
      rows.add(row);
    }
    Sql.update(em, INSERT, rows.build().toString());
  }

  /** The columns of {@link AuditEvent#sealedFields}, in its order. */
  private static final String[] COLUMNS = {
    "at",
    "username",
    "agency",
    "role",
    "action",
    "subject_type",
    "subject_id",
    "detail",
    "basis",
    "origin",
    "changes"
  };

  private static final String INSERT =
      "insert into audit_event (at, username, agency, role, action, subject_type, subject_id,"
          + " detail, basis, origin, changes) select r.at, r.username, r.agency, r.role, r.action,"
          + " r.subject_type, r.subject_id, r.detail, r.basis, r.origin, r.changes"
          + " from json_to_recordset(cast(?1 as json)) as r(at timestamptz, username text,"
          + " agency text, role text, action text, subject_type text, subject_id bigint,"
          + " detail text, basis text, origin text, changes text)";

  private AuditEvent event(
      Caller caller,
      String action,
      String subjectType,
      Long subjectId,
      String detail,
      String basis,
      String changes) {
    return new AuditEvent(
        AuditChain.storable(clock.instant()),
        caller.getUsername(),
        caller.getAgency(),
        caller.getActingRole(),
        action,
        subjectType,
        subjectId,
        detail,
        basis,
        caller.getOrigin(),
        changes);
  }
}
