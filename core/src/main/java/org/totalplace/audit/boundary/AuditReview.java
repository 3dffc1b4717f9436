package org.totalplace.audit.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.totalplace.audit.control.AuditChain;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The data-protection officer's view of the audit trail: who has seen a record, whether the trail
 * is intact, and a subject access export of everything held on a person.
 */
@Stateless
public class AuditReview {

  static final int BATCH = 5_000;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Persons persons;

  /** Every look at and change to one person's record (and records merged into it), newest first. */
  public List<AuditEvent> whoHasSeen(Caller caller, long personId) {
    requireOfficer(caller);
    long kept = persons.kept(personId).getId();
    List<AuditEvent> events =
        em.createQuery(
                "select a from AuditEvent a where a.subjectType = 'person' and (a.subjectId = :id"
                    + " or a.subjectId in (select p.id from Person p where p.mergedInto = :id))"
                    + " order by a.at desc, a.id desc",
                AuditEvent.class)
            .setParameter("id", kept)
            .setMaxResults(1000)
            .getResultList();
    audit.record(caller, "AUDIT_REVIEWED", "person", kept, "who has seen", "data protection", null);
    return events;
  }

  /** Recomputes every hash in chain order; answers the first entry that does not match. */
  public ChainCheck verify(Caller caller) {
    requireOfficer(caller);
    String previous = AuditChain.START;
    long expected = 1;
    long checked = 0;
    while (true) {
      List<AuditEvent> batch =
          em.createQuery(
                  "select a from AuditEvent a where a.chainSeq >= :from order by a.chainSeq",
                  AuditEvent.class)
              .setParameter("from", expected)
              .setMaxResults(BATCH)
              .getResultList();
      for (AuditEvent event : batch) {
        if (event.getChainSeq() != expected) {
          return new ChainCheck(
              checked, unchained(), expected, "Entry " + expected + " is missing");
        }
        String hash = AuditChain.hash(previous, expected, event.sealedFields());
        if (!previous.equals(event.getPreviousHash()) || !hash.equals(event.getHash())) {
          return new ChainCheck(
              checked,
              unchained(),
              expected,
              "Entry " + expected + " has been changed: its hash no longer matches");
        }
        previous = event.getHash();
        expected++;
        checked++;
      }
      em.clear();
      if (batch.size() < BATCH) {
        break;
      }
    }
    audit.record(caller, "AUDIT_VERIFIED", "audit", null, checked + " entries intact", null, null);
    return new ChainCheck(checked, unchained(), null, null);
  }

  private long unchained() {
    return ((Number)
            Sql.query(em, "select count(*) from audit_event where chain_seq is null")
                .getSingleResult())
        .longValue();
  }

  /** Everything held on one person, for their subject access request; audited as such. */
  public SharedRecord subjectAccess(Caller caller, long personId) {
    requireOfficer(caller);
    SharedRecord everything = persons.everything(caller, personId);
    audit.record(
        caller,
        "SUBJECT_ACCESS_EXPORT",
        "person",
        everything.getId(),
        null,
        "subject access request",
        null);
    return everything;
  }

  static void requireOfficer(Caller caller) {
    if (!caller.hasRole(Roles.DATA_PROTECTION_OFFICER)) {
      throw new NotAllowed("Only the data-protection officer can do this");
    }
  }
}
