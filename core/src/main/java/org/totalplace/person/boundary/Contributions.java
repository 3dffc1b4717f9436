package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.person.control.FactCaptures;
import org.totalplace.person.entity.Fact;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.NewEntry;
import org.totalplace.person.entity.Person;
import org.totalplace.person.entity.RelationshipKind;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Words;
import org.totalplace.sharing.entity.Disclosure;

/**
 * What an agency adds to a shared record: chronology entries, identifiers, relationships and its
 * own involvement. Each needs the record to be open to the caller's agency.
 */
@Stateless
public class Contributions {

  static final ZoneId UK = ZoneId.of("Europe/London");

  @PersistenceContext EntityManager em;
  @Inject FactCaptures captures;
  @Inject Persons persons;
  @Inject AuditTrail audit;
  @Inject Validation validation;

  Clock clock = Clock.systemUTC();

  public long addEntry(Caller caller, long personId, NewEntry entry) {
    Access.requireCaseworker(caller);
    validation.check(entry);
    if (!entry.getKind().isWritten()) {
      throw InvalidInput.of("kind", "Choose a note, assessment, need, risk or alert");
    }
    Person person = persons.kept(personId);
    Disclosure disclosure = persons.open(caller, person);
    var now = clock.instant();
    var occurred =
        entry.getOccurredOn() == null || entry.getOccurredOn().equals(LocalDate.now(clock))
            ? now
            : entry.getOccurredOn().atTime(12, 0).atZone(UK).toInstant();
    long id =
        Sql.insert(
            em,
            "insert into entry (person_id, agency, kind, sensitivity, summary, detail, occurred_at,"
                + " recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            person.getId(),
            caller.getAgency(),
            entry.getKind(),
            entry.getSensitivity(),
            entry.getSummary().strip(),
            entry.getDetail() == null || entry.getDetail().isBlank()
                ? null
                : entry.getDetail().strip(),
            occurred,
            now,
            caller.getDisplayName());
    audit.record(
        caller,
        "ENTRY_ADDED",
        "person",
        person.getId(),
        entry.getKind().getLabel() + " (" + entry.getSensitivity().getLabel() + ") #" + id,
        disclosure.describe(),
        null);
    return id;
  }

  public void addIdentifier(Caller caller, long personId, IdentifierScheme scheme, String value) {
    Access.requireCaseworker(caller);
    if (scheme == null) {
      throw InvalidInput.of("scheme", "Choose which identifier this is");
    }
    String problem = scheme.problemWith(value);
    if (problem != null) {
      throw InvalidInput.of("value", problem);
    }
    Person person = persons.kept(personId);
    Disclosure disclosure = persons.open(caller, person);
    String normalised = IdentifierScheme.normalise(value);
    if (scheme != IdentifierScheme.LOCAL) {
      Number other =
          (Number)
              Sql.query(
                      em,
                      "select count(*) from identifier i join person p on p.id = i.person_id"
                          + " where i.scheme = ?1 and i.value = ?2 and coalesce(p.merged_into, p.id) <> ?3",
                      scheme,
                      normalised,
                      person.getId())
                  .getSingleResult();
      if (other.longValue() > 0) {
        throw InvalidInput.of(
            "value",
            "Another person's record has this "
                + scheme.getLabel()
                + ". Search for it: it may be a duplicate to merge.");
      }
    }
    int added =
        Sql.update(
            em,
            "insert into identifier (person_id, scheme, value, agency, recorded_at, recorded_by)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6) on conflict do nothing",
            person.getId(),
            scheme,
            normalised,
            caller.getAgency(),
            clock.instant(),
            caller.getUsername());
    if (added == 0) {
      throw InvalidInput.of("value", "This record already has that " + scheme.getLabel());
    }
    audit.record(
        caller,
        "IDENTIFIER_ADDED",
        "person",
        person.getId(),
        scheme.getLabel(),
        disclosure.describe(),
        Words.change(scheme.getLabel(), null, normalised));
  }

  /** Records how two people are related, both ways round. */
  public void relate(Caller caller, long personId, RelationshipKind kind, Long relatedId) {
    Access.requireCaseworker(caller);
    if (kind == null) {
      throw InvalidInput.of("kind", "Choose how they are related");
    }
    if (relatedId == null) {
      throw InvalidInput.of("relatedId", "Choose the related person");
    }
    Person person = persons.kept(personId);
    Disclosure disclosure = persons.open(caller, person);
    Person related = persons.kept(relatedId);
    if (related.getId().equals(person.getId())) {
      throw InvalidInput.of("relatedId", "A person cannot be related to themselves");
    }
    var now = clock.instant();
    String insert =
        "insert into relationship (person_id, related_person_id, kind, recorded_at, recorded_by)"
            + " values (?1, ?2, ?3, ?4, ?5) on conflict do nothing";
    int added =
        Sql.update(em, insert, person.getId(), related.getId(), kind, now, caller.getUsername());
    Sql.update(
        em, insert, related.getId(), person.getId(), kind.inverse(), now, caller.getUsername());
    if (added == 0) {
      throw InvalidInput.of("relatedId", "This relationship is already recorded");
    }
    captures.keyed(person.getId(), caller.getAgency(), List.of(Fact.HOUSEHOLD), now);
    audit.record(
        caller,
        "RELATIONSHIP_ADDED",
        "person",
        person.getId(),
        kind.getLabel() + " person " + related.getId(),
        disclosure.describe(),
        null);
  }

  /** The caller's agency is working with the person, with this lead worker. */
  public void involve(Caller caller, long personId, String leadWorker) {
    Access.requireCaseworker(caller);
    if (leadWorker == null || leadWorker.isBlank() || leadWorker.length() > 100) {
      throw InvalidInput.of("leadWorker", "Enter the lead worker's name, up to 100 characters");
    }
    Person person = persons.kept(personId);
    Disclosure disclosure = persons.openForGood(caller, person);
    int changed =
        Sql.update(
            em,
            "update involvement set lead_worker = ?3, version = version + 1"
                + " where person_id = ?1 and agency = ?2 and ended_on is null",
            person.getId(),
            caller.getAgency(),
            leadWorker.strip());
    if (changed == 0) {
      Sql.update(
          em,
          "insert into involvement (person_id, agency, lead_worker, started_on) values (?1, ?2, ?3, ?4)",
          person.getId(),
          caller.getAgency(),
          leadWorker.strip(),
          LocalDate.now(clock));
    }
    audit.record(
        caller,
        "INVOLVEMENT_RECORDED",
        "person",
        person.getId(),
        "lead worker " + leadWorker.strip(),
        disclosure.describe(),
        null);
  }

  /** The caller's agency stops working with the person. */
  public void endInvolvement(Caller caller, long personId) {
    Access.requireCaseworker(caller);
    Person person = persons.kept(personId);
    int ended =
        Sql.update(
            em,
            "update involvement set ended_on = ?3, version = version + 1"
                + " where person_id = ?1 and agency = ?2 and ended_on is null",
            person.getId(),
            caller.getAgency(),
            LocalDate.now(clock));
    if (ended == 0) {
      throw new Conflict("Your agency is not recorded as working with this person");
    }
    audit.record(caller, "INVOLVEMENT_ENDED", "person", person.getId(), null, null, null);
  }
}
