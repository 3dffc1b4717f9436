package org.totalplace.person.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneOffset;
import org.totalplace.person.entity.CustodyStatus;

/**
 * The spells a person spends in each custody status: the record holds only the status now, and
 * counting needs how long each lasted. A change ends the open spell and, unless the person is now
 * out of custody, starts the next, in the same transaction as the change itself.
 */
@Dependent
public class CustodySpells {
  // Offsets, not Instants: EclipseLink binds an Instant in a native query as bytes.

  @PersistenceContext EntityManager em;

  public void changed(long personId, CustodyStatus status, String agency, Instant at) {
    em.createNativeQuery(
            "update custody_spell set ended_at = ?2 where person_id = ?1 and ended_at is null")
        .setParameter(1, personId)
        .setParameter(2, at.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    if (status != CustodyStatus.NOT_IN_CUSTODY) {
      em.createNativeQuery(
              "insert into custody_spell (person_id, status, started_at, recorded_by)"
                  + " values (?1, ?2, ?3, ?4)")
          .setParameter(1, personId)
          .setParameter(2, status.name())
          .setParameter(3, at.atOffset(ZoneOffset.UTC))
          .setParameter(4, agency)
          .executeUpdate();
    }
  }
}
