package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.control.CostVisibility;
import org.totalplace.counting.control.JourneyReading;
import org.totalplace.counting.entity.CostEvent;
import org.totalplace.counting.entity.Journey;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.control.SharingFacts;
import org.totalplace.sharing.entity.Disclosure;

/**
 * A person's journey across agencies with what each step cost, for staff whose agency may see the
 * events: the record's own sharing rules decide each event, and a cost never reveals one the viewer
 * may not see, not even in a total. Every look is audited as a view of the person.
 */
@Stateless
public class Journeys {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Persons persons;
  @Inject SharingFacts sharing;
  @Inject JourneyReading reading;

  public Journey of(Caller caller, long personId) {
    Access.requireCaseworker(caller);
    Person person = persons.kept(personId);
    Disclosure disclosure = sharing.about(caller, person.getId());
    List<CostEvent> seen =
        reading.events(person.getId(), caller.getAgency()).stream()
            .filter(e -> CostVisibility.maySee(e, disclosure, caller.getAgency()))
            .toList();
    Journey journey =
        JourneyReading.journey(
            person.getId(),
            person.getFullName(),
            disclosure.isRecordOpen(),
            seen,
            reading.mappingVersion(),
            reading.shownIn());
    audit.record(
        caller,
        "JOURNEY_VIEWED",
        "person",
        person.getId(),
        journey.steps().size() + " costed events",
        disclosure.describe(),
        null);
    return journey;
  }
}
