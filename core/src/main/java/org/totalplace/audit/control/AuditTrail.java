package org.totalplace.audit.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
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
    AuditEvent event =
        new AuditEvent(
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
    Head head = head();
    long seq = head.seq + 1;
    String hash = AuditChain.hash(head.hash, seq, event.sealedFields());
    event.chain(seq, head.hash, hash);
    head.seq = seq;
    head.hash = hash;
    em.persist(event);
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
