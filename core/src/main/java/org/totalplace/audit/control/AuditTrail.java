package org.totalplace.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
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

  private static final int ROWS_PER_INSERT = 100;

  /** Where the subject's id stands in {@link AuditEvent#sealedFields}. */
  private static final int SUBJECT_ID = 6;

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

  /** What a list named (one event per person or referral shown): one statement per hundred. */
  public record Listed(String subjectType, Long subjectId, String detail, String basis) {}

  /**
   * The events of one action over many subjects, as when a page lists people: sealed like any
   * other, but written by one multi-row insert per {@value #ROWS_PER_INSERT} instead of an insert
   * (and a read of the new id) each, which made a list of a hundred cost two hundred statements.
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

  private void write(List<AuditEvent> events) {
    for (int from = 0; from < events.size(); from += ROWS_PER_INSERT) {
      StringBuilder sql =
          new StringBuilder(
              "insert into audit_event (at, username, agency, role, action, subject_type,"
                  + " subject_id, detail, basis, origin, changes)"
                  + " values ");
      List<Object> values = new ArrayList<>();
      for (AuditEvent event :
          events.subList(from, Math.min(events.size(), from + ROWS_PER_INSERT))) {
        sql.append(values.isEmpty() ? "(" : ", (");
        Object[] row = event.sealedFields();
        for (int i = 0; i < row.length; i++) {
          sql.append(i == 0 ? "" : ", ").append('?').append(values.size() + 1);
          // The subject's id may be null, which the driver would otherwise send as text.
          sql.append(i == SUBJECT_ID ? "::bigint" : "");
          values.add(row[i]);
        }
        sql.append(')');
      }
      Sql.update(em, sql.toString(), values.toArray());
    }
  }

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
