package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;

/** Finding, reading and creating people's records; every look is audited. */
@Stateless
public class Persons {

  static final int MAX_RESULTS = 50;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validation validation;

  Clock clock = Clock.systemUTC();

  /** People whose names start with every word typed, in either name, e.g. "jo mil". */
  public List<Person> search(Caller caller, String name) {
    Access.requireCaseworker(caller);
    String[] words =
        name == null ? new String[0] : name.strip().toLowerCase(Locale.UK).split("\\s+");
    words = Arrays.stream(words).filter(w -> !w.isBlank()).limit(3).toArray(String[]::new);
    if (words.length == 0) {
      throw InvalidInput.of("name", "Enter a name to search for");
    }
    StringBuilder jpql = new StringBuilder("select p from Person p where 1 = 1");
    for (int i = 0; i < words.length; i++) {
      jpql.append(" and (lower(p.familyName) like :w")
          .append(i)
          .append(" or lower(p.givenName) like :w")
          .append(i)
          .append(")");
    }
    jpql.append(" order by p.familyName, p.givenName, p.id");
    TypedQuery<Person> query = em.createQuery(jpql.toString(), Person.class);
    for (int i = 0; i < words.length; i++) {
      query.setParameter("w" + i, escapeLike(words[i]) + "%");
    }
    List<Person> found = query.setMaxResults(MAX_RESULTS).getResultList();
    audit.record(
        caller, "PERSON_SEARCHED", "person", null, "\"" + name.strip() + "\": " + found.size());
    // Each person shown in the results is a disclosure of their record, so each is recorded.
    for (Person person : found) {
      audit.record(caller, "PERSON_LISTED", "person", person.getId(), null);
    }
    return found;
  }

  public Person find(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFound("There is no person with id " + id);
    }
    audit.record(caller, "PERSON_VIEWED", "person", id, null);
    return person;
  }

  public Person create(Caller caller, NewPerson details) {
    Access.requireCaseworker(caller);
    validation.check(details);
    Person person = new Person(details, caller.getUsername(), clock.instant());
    em.persist(person);
    em.flush();
    audit.record(caller, "PERSON_CREATED", "person", person.getId(), null);
    return person;
  }

  private static String escapeLike(String word) {
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
