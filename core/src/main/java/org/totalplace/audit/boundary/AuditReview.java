package org.totalplace.audit.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.audit.control.ChainVerifier;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.audit.entity.ChainCheck;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The data-protection officer's view of the audit trail: who has seen a record, whether the trail
 * is intact, and a subject access export of everything held on a person.
 */
@Stateless
public class AuditReview {

  @PersistenceContext EntityManager em;

  // The application's own connection, enlisted in this transaction: the check reads with JDBC,
  // as the command does, so both recompute hashes from exactly the same values.
  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

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

  /**
   * Recomputes every sealed hash in chain order and checks the chain against its seals; answers the
   * first entry that does not match, and how many entries wait to be sealed.
   */
  public ChainCheck verify(Caller caller) {
    requireOfficer(caller);
    ChainCheck check;
    try (Connection db = dataSource.getConnection()) {
      check = ChainVerifier.verify(db);
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail could not be read", e);
    }
    audit.record(
        caller,
        "AUDIT_VERIFIED",
        "audit",
        null,
        check.isIntact() ? check.getChecked() + " entries intact" : check.getProblem(),
        null,
        null);
    return check;
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
