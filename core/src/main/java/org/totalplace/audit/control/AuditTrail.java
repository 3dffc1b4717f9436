package org.totalplace.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;

/**
 * Records an audit event in the caller's transaction: if the action rolls back, so does its record,
 * and no action commits without one. Entries are chained by hash; a transaction-scoped advisory
 * lock keeps the chain one line, so audited transactions take turns from their first entry to their
 * commit (measured in the note; cheap next to the work they audit).
 */
@Dependent
public class AuditTrail {

  /** Any fixed number: the advisory lock that serialises the chain. */
  private static final long CHAIN_LOCK = 7_311_2026L;

  private static final String HEAD = AuditTrail.class.getName() + ".head";

  private static final int ROWS_PER_INSERT = 100;

  @PersistenceContext EntityManager em;

  @Resource TransactionSynchronizationRegistry transaction;

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
    em.persist(chained(event(caller, action, subjectType, subjectId, detail, basis, changes)));
  }

  /** What a list named (one event per person or referral shown): one statement per hundred. */
  public record Listed(String subjectType, Long subjectId, String detail, String basis) {}

  /**
   * The events of one action over many subjects, as when a page lists people: chained like any
   * other, but written by one multi-row insert per {@value #ROWS_PER_INSERT} instead of an insert
   * (and a read of the new id) each, which made a list of a hundred cost two hundred statements.
   */
  public void recordAll(Caller caller, String action, List<Listed> subjects) {
    for (int from = 0; from < subjects.size(); from += ROWS_PER_INSERT) {
      List<Listed> chunk =
          subjects.subList(from, Math.min(subjects.size(), from + ROWS_PER_INSERT));
      StringBuilder sql =
          new StringBuilder(
              "insert into audit_event (at, username, agency, role, action, subject_type,"
                  + " subject_id, detail, basis, origin, changes, chain_seq, previous_hash, hash)"
                  + " values ");
      List<Object> values = new ArrayList<>();
      for (Listed subject : chunk) {
        AuditEvent event =
            chained(
                event(
                    caller,
                    action,
                    subject.subjectType(),
                    subject.subjectId(),
                    subject.detail(),
                    subject.basis(),
                    null));
        sql.append(values.isEmpty() ? "(" : ", (");
        List<Object> row = new ArrayList<>(java.util.Arrays.asList(event.sealedFields()));
        row.add(event.getChainSeq());
        row.add(event.getPreviousHash());
        row.add(event.getHash());
        for (int i = 0; i < row.size(); i++) {
          sql.append(i == 0 ? "" : ", ").append('?').append(values.size() + 1);
          values.add(row.get(i));
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

  /** Links the event to the end of this transaction's chain and moves the end on. */
  private AuditEvent chained(AuditEvent event) {
    Head head = head();
    long seq = head.seq + 1;
    String hash = AuditChain.hash(head.hash, seq, event.sealedFields());
    event.chain(seq, head.hash, hash);
    head.seq = seq;
    head.hash = hash;
    return event;
  }

  private Head head() {
    Head head = (Head) transaction.getResource(HEAD);
    if (head == null) {
      Sql.query(em, "select 1 from (select pg_advisory_xact_lock(?1)) locked", CHAIN_LOCK)
          .getSingleResult();
      List<Object[]> last =
          Sql.rows(
              em,
              "select chain_seq, hash from audit_event where chain_seq is not null"
                  + " order by chain_seq desc limit 1");
      head = new Head();
      head.seq = last.isEmpty() ? 0 : Sql.id(last.get(0)[0]);
      head.hash = last.isEmpty() ? AuditChain.START : (String) last.get(0)[1];
      transaction.putResource(HEAD, head);
    }
    return head;
  }

  /** The end of the chain as this transaction has extended it. */
  private static final class Head {
    long seq;
    String hash;
  }
}
