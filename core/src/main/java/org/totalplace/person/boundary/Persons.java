package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.control.FactCaptures;
import org.totalplace.person.control.PersonSearch;
import org.totalplace.person.control.RecordParts;
import org.totalplace.person.entity.Fact;
import org.totalplace.person.entity.FieldChange;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.person.entity.PersonDetails;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SearchQuery;
import org.totalplace.person.entity.SearchResult;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.sharing.control.SharingFacts;
import org.totalplace.sharing.entity.Disclosure;

/**
 * Finding, reading, creating and editing people's shared records. Every read goes through the
 * sharing rules ({@link SharingFacts}, {@link Disclosure}) and is audited with its basis.
 */
@Stateless
public class Persons {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject PersonSearch search;
  @Inject RecordParts parts;
  @Inject SharingFacts sharing;
  @Inject Directory directory;
  @Inject FactCaptures captures;

  Clock clock = Clock.systemUTC();

  /** People matching the query, best first; each shown as much as the caller may see. */
  public List<Rows.Found> search(Caller caller, SearchQuery query) {
    return find(caller, query).people();
  }

  /** As {@link #search}, and whether more people match than are shown. */
  public SearchResult find(Caller caller, SearchQuery query) {
    Access.requireCaseworker(caller);
    validation.check(query);
    if (query.isEmpty()) {
      throw InvalidInput.of(
          "text",
          "Enter a name, an NHS or National Insurance number, a date of birth or a postcode");
    }
    PersonSearch.Found found = search.find(query);
    List<Rows.Found> shown = cards(caller, found.matches());
    audit.record(
        caller,
        "PERSON_SEARCHED",
        "person",
        null,
        query + ": " + shown.size() + (found.more() ? " and more" : ""));
    // Each person shown in the results is a disclosure of their record, so each is recorded.
    audit.recordAll(
        caller,
        "PERSON_LISTED",
        shown.stream()
            .map(
                person ->
                    new AuditTrail.Listed(
                        "person",
                        person.id(),
                        null,
                        person.recordOpen() ? "record open" : "known-to"))
            .toList());
    return new SearchResult(shown, found.more());
  }

  /** Before creating a record: people who may be the same, by name and date of birth or by id. */
  public List<Rows.Found> likelyDuplicates(Caller caller, NewPerson details) {
    Access.requireCaseworker(caller);
    validation.check(details);
    Map<Long, PersonSearch.Match> found =
        new java.util.LinkedHashMap<>(
            search
                .find(
                    new SearchQuery(
                        details.getGivenName() + " " + details.getFamilyName(),
                        details.getDateOfBirth(),
                        null))
                .matches());
    for (String id : new String[] {details.getNhsNumber(), details.getNiNumber()}) {
      if (id != null && !id.isBlank()) {
        search.find(new SearchQuery(id, null, null)).matches().forEach(found::putIfAbsent);
      }
    }
    List<Rows.Found> shown = cards(caller, found);
    audit.recordAll(
        caller,
        "PERSON_LISTED",
        shown.stream()
            .map(person -> new AuditTrail.Listed("person", person.id(), "possible duplicate", null))
            .toList());
    return shown;
  }

  /**
   * The people found, as the caller may see them. Someone whose record is closed to the caller is
   * shown only when found by their current name: finding them by a previous name, a date of birth,
   * a postcode or a number would confirm something the "known to" card does not show. A number
   * matches only where the caller may see it.
   */
  private List<Rows.Found> cards(Caller caller, Map<Long, PersonSearch.Match> matches) {
    if (matches.isEmpty()) {
      return List.of();
    }
    Map<Long, Disclosure> decided = sharing.about(caller, matches.keySet());
    Map<Long, Double> found = new java.util.LinkedHashMap<>();
    matches.forEach(
        (id, match) -> {
          Disclosure disclosure = decided.get(id);
          boolean shown =
              match.scheme() != null
                  ? match.recordedBy().stream()
                      .anyMatch(a -> disclosure.maySee(a, match.scheme().getSensitivity()))
                  : disclosure.isRecordOpen() || (match.byName() && match.currentName());
          if (shown) {
            found.put(id, match.score());
          }
        });
    if (found.isEmpty()) {
      return List.of();
    }
    Map<Long, List<Rows.Involvement>> involved = parts.involvementsOf(found.keySet());
    Map<Long, Person> people = new java.util.HashMap<>();
    em.createQuery("select p from Person p where p.id in :ids", Person.class)
        .setParameter("ids", List.copyOf(found.keySet()))
        .getResultList()
        .forEach(p -> people.put(p.getId(), p));
    List<Rows.Found> cards = new ArrayList<>();
    found.forEach(
        (id, score) -> {
          Person p = people.get(id);
          boolean open = decided.get(id).isRecordOpen();
          cards.add(
              new Rows.Found(
                  id,
                  p.getFullName(),
                  p.getDateOfBirth().getYear(),
                  open ? p.getDateOfBirth() : null,
                  open ? p.getPostcode() : null,
                  involved.getOrDefault(id, List.of()).stream()
                      .map(Rows.Involvement::agencyName)
                      .toList(),
                  open,
                  score));
        });
    return cards;
  }

  /**
   * The record as the caller may see it: the whole record, category by category as agreed, or the
   * "known to" card. A record merged into another leads to that one.
   */
  public SharedRecord record(Caller caller, long id) {
    List<AuditTrail.Event> viewed = new ArrayList<>();
    SharedRecord record = record(caller, id, viewed);
    audit.recordEach(caller, viewed);
    return record;
  }

  /**
   * The record as the caller may see it, its audit event added to {@code toAudit} for the caller to
   * write with the rest of what its page read (one statement for the page's whole audit).
   */
  public SharedRecord record(Caller caller, long id, List<AuditTrail.Event> toAudit) {
    Access.requireCaseworker(caller);
    Person person = kept(id);
    Disclosure disclosure = sharing.about(caller, person.getId());
    SharedRecord record = build(person, disclosure, id);
    toAudit.add(
        new AuditTrail.Event("PERSON_VIEWED", "person", person.getId(), null, record.getBasis()));
    return record;
  }

  /**
   * The person's own details (name, date of birth, contact, address, version) as the caller may see
   * them, without the parts of the record: for the pages that act on a record (edit, tell us once,
   * consent, refer, a plan's heading), which need its id, name and version, not the whole record
   * again. Audited as a view of those details only.
   */
  public SharedRecord details(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Person person = kept(id);
    Disclosure disclosure = sharing.about(caller, person.getId());
    SharedRecord details =
        SharedRecord.of(person, disclosure).requested(id == person.getId() ? null : id).build();
    audit.record(
        caller,
        "PERSON_VIEWED",
        "person",
        person.getId(),
        "details only",
        details.getBasis(),
        null);
    return details;
  }

  /** Everything held, for a subject access request: only for the data-protection officer. */
  public SharedRecord everything(Caller caller, long id) {
    if (!caller.hasRole(org.totalplace.platform.entity.Roles.DATA_PROTECTION_OFFICER)) {
      throw new NotAllowed(
          "Only the data-protection officer can export everything held on a person");
    }
    Person person = kept(id);
    return build(person, Disclosure.everything(caller.getAgency()), id);
  }

  public SharedRecord build(Person person, Disclosure disclosure, long requested) {
    RecordParts.Parts held =
        parts.of(
            person.getId(),
            disclosure,
            disclosure.isRecordOpen(),
            disclosure.isEverything() ? Integer.MAX_VALUE : RecordParts.CHRONOLOGY_LIMIT);
    SharedRecord.Builder record =
        SharedRecord.of(person, disclosure)
            .requested(requested == person.getId() ? null : requested)
            .involvements(held.involvements());
    if (disclosure.isRecordOpen()) {
      record
          .previousNames(held.previousNames())
          .addresses(held.addresses())
          .identifiers(held.identifiers())
          .relationships(held.relationships())
          .chronology(held.chronology())
          .bases(
              held.bases().stream()
                  .map(org.totalplace.sharing.control.SharingRows::basis)
                  .toList());
    }
    return record.build();
  }

  /** The record as the caller may see it, to download; audited as an export. */
  public SharedRecord export(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Person person = kept(id);
    Disclosure disclosure = sharing.about(caller, person.getId());
    if (!disclosure.isRecordOpen()) {
      throw new NotAllowed("You can only download a record your agency may see");
    }
    SharedRecord record = build(person, disclosure, id);
    audit.record(
        caller, "PERSON_EXPORTED", "person", person.getId(), null, record.getBasis(), null);
    return record;
  }

  public Person create(Caller caller, NewPerson details) {
    Access.requireCaseworker(caller);
    validation.check(details);
    List<String[]> identifiers = new ArrayList<>();
    List<org.totalplace.platform.control.FieldProblem> problems = new ArrayList<>();
    identifier(details.getNhsNumber(), IdentifierScheme.NHS, "nhsNumber", identifiers, problems);
    identifier(details.getNiNumber(), IdentifierScheme.NI, "niNumber", identifiers, problems);
    for (String[] identifier : identifiers) {
      Number taken =
          (Number)
              Sql.query(
                      em,
                      "select count(*) from identifier where scheme = ?1 and value = ?2",
                      identifier[0],
                      identifier[1])
                  .getSingleResult();
      if (taken.longValue() > 0) {
        problems.add(
            new org.totalplace.platform.control.FieldProblem(
                identifier[0].equals("NHS") ? "nhsNumber" : "niNumber",
                "Another record already has this number: search for it, it is likely the same"
                    + " person"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    var now = clock.instant();
    Person person = new Person(details, caller.getUsername(), now);
    em.persist(person);
    em.flush();
    Sql.update(
        em,
        "insert into person_name (person_id, kind, given_name, family_name) values (?1, 'CURRENT', ?2, ?3)",
        person.getId(),
        person.getGivenName(),
        person.getFamilyName());
    for (String[] identifier : identifiers) {
      Sql.update(
          em,
          "insert into identifier (person_id, scheme, value, agency, recorded_at, recorded_by)"
              + " values (?1, ?2, ?3, ?4, ?5, ?6)",
          person.getId(),
          identifier[0],
          identifier[1],
          caller.getAgency(),
          now,
          caller.getUsername());
    }
    // Whoever creates the record is working with the person: their agency is involved, with them
    // as lead worker until someone says otherwise.
    Sql.update(
        em,
        "insert into involvement (person_id, agency, lead_worker, started_on) values (?1, ?2, ?3, ?4)",
        person.getId(),
        caller.getAgency(),
        caller.getDisplayName(),
        LocalDate.now(clock));
    captures.keyed(
        person.getId(),
        caller.getAgency(),
        person.getPostcode() == null
            ? List.of(Fact.DATE_OF_BIRTH)
            : List.of(Fact.DATE_OF_BIRTH, Fact.ADDRESS),
        clock.instant());
    audit.record(
        caller,
        "PERSON_CREATED",
        "person",
        person.getId(),
        null,
        "creating agency",
        FieldChange.describe(new PersonDetails().changesTo(PersonDetails.of(person))));
    return person;
  }

  private static void identifier(
      String value,
      IdentifierScheme scheme,
      String field,
      List<String[]> valid,
      List<org.totalplace.platform.control.FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      return;
    }
    String problem = scheme.problemWith(value);
    if (problem != null) {
      problems.add(new org.totalplace.platform.control.FieldProblem(field, problem));
    } else {
      valid.add(new String[] {scheme.name(), IdentifierScheme.normalise(value)});
    }
  }

  /**
   * Saves edited details unless someone changed the record since the editor read it; then nothing
   * is saved and the editor is told what changed meanwhile.
   */
  public SharedRecord edit(Caller caller, long id, PersonDetails details) {
    Access.requireCaseworker(caller);
    validation.check(details);
    Person person = kept(id);
    Disclosure disclosure = open(caller, person);
    if (person.getVersion() != details.getVersion()) {
      throw new RecordChanged(person, details);
    }
    String oldGiven = person.getGivenName();
    String oldFamily = person.getFamilyName();
    List<FieldChange> changes = person.edit(details, caller.getUsername(), clock.instant());
    if (changes.isEmpty()) {
      return build(person, disclosure, id);
    }
    if (!oldGiven.equals(person.getGivenName()) || !oldFamily.equals(person.getFamilyName())) {
      // The old name stays searchable as a previous name.
      Sql.update(
          em,
          "update person_name set kind = 'PREVIOUS', used_until = ?2 where person_id = ?1 and kind = 'CURRENT'",
          person.getId(),
          LocalDate.now(clock));
      Sql.update(
          em,
          "insert into person_name (person_id, kind, given_name, family_name) values (?1, 'CURRENT', ?2, ?3)",
          person.getId(),
          person.getGivenName(),
          person.getFamilyName());
    }
    em.flush();
    captures.keyed(person.getId(), caller.getAgency(), FactCaptures.of(changes), clock.instant());
    audit.record(
        caller,
        "PERSON_CHANGED",
        "person",
        person.getId(),
        null,
        disclosure.describe(),
        FieldChange.describe(changes));
    return build(person, disclosure, id);
  }

  /** The record, if the caller's agency may see it; otherwise a refusal naming the way in. */
  public Disclosure open(Caller caller, Person person) {
    Disclosure disclosure = sharing.about(caller, person.getId());
    if (!disclosure.isRecordOpen()) {
      throw new NotAllowed(
          "Your agency has no involvement with this person and no basis to see their record."
              + " Ask for access, or break the glass in an emergency.");
    }
    return disclosure;
  }

  /**
   * Open to the caller's agency on a lasting basis (involvement, consent or another lawful basis),
   * not just through one worker's break-glass: needed to give the agency lasting access, so an
   * emergency look cannot be turned into permanent, unreviewed access.
   */
  public Disclosure openForGood(Caller caller, Person person) {
    Disclosure disclosure = open(caller, person);
    if (!disclosure.isInvolved() && disclosure.getBases().isEmpty()) {
      throw new NotAllowed(
          "Emergency access lets you read this record, not give your agency lasting access."
              + " Ask the agencies working with the person.");
    }
    return disclosure;
  }

  /** The person, or the record they were merged into. */
  public Person kept(long id) {
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFound("There is no person with id " + id);
    }
    if (person.getMergedInto() != null) {
      return kept(person.getMergedInto());
    }
    return person;
  }

  /** Someone else saved the record first: carries what they changed, to show the editor. */
  public static class RecordChanged extends Conflict {
    private static final long serialVersionUID = 1L;

    private final List<FieldChange> changes;

    RecordChanged(Person now, PersonDetails editorsCopy) {
      super(
          "Someone else changed this record while you were editing it. Nothing was saved."
              + " Check their changes, then make yours again.",
          true);
      this.changes = baseline(editorsCopy).changesTo(PersonDetails.of(now));
    }

    public List<FieldChange> getChanges() {
      return changes;
    }

    /**
     * From a page, the details as the editor read them, so the changes are exactly what the other
     * person did. From the API there is no such copy: the changes are then each field where the
     * record now differs from what was sent (before: yours, after: the record's).
     */
    private static PersonDetails baseline(PersonDetails copy) {
      return copy.getOriginal() == null ? copy : copy.getOriginal();
    }
  }
}
