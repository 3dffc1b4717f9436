package org.totalplace.audit.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.totalplace.audit.entity.AuditEvent;
import org.totalplace.platform.entity.Caller;

/**
 * Records an audit event in the caller's transaction: if the action rolls back, so does its record,
 * and no action commits without one.
 */
@Dependent
public class AuditTrail {

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  public void record(
      Caller caller, String action, String subjectType, Long subjectId, String detail) {
    em.persist(
        new AuditEvent(
            clock.instant(),
            caller.getUsername(),
            caller.getAgency(),
            action,
            subjectType,
            subjectId,
            detail));
  }
}
