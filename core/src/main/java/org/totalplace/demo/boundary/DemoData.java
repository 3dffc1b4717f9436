package org.totalplace.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Urgency;

/**
 * A handful of people and referrals so a demo has something to click on. Runs only when
 * totalplace.demo-data is true and nobody has been recorded yet, so it never touches real data.
 */
@Startup
@Singleton
@DependsOn({"ProcessEngines", "Directory"})
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  @Inject
  @ConfigProperty(name = "totalplace.demo-data", defaultValue = "false")
  boolean enabled;

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject Referrals referrals;
  @Inject Directory directory;

  @PostConstruct
  void load() {
    if (!enabled
        || em.createQuery("select count(p) from Person p", Long.class).getSingleResult() > 0) {
      return;
    }
    Caller housing = worker("housing.worker", "housing");
    Caller probation = worker("probation.worker", "probation");

    Person jordan = person(housing, "Jordan", "Miles", LocalDate.of(1988, 4, 12), "LS11 5QP");
    Person liam = person(probation, "Liam", "O'Connor", LocalDate.of(1979, 11, 3), "LS9 8AB");
    person(housing, "Aisha", "Khan", LocalDate.of(2006, 2, 27), "LS7 3JB");
    person(housing, "Sam", "Taylor", LocalDate.of(1952, 7, 19), "LS6 2DR");
    Person zofia = person(probation, "Zofia", "Nowak", LocalDate.of(1994, 5, 8), "LS12 1AA");

    refer(housing, liam, "housing", "drug-alcohol", Urgency.URGENT, "Asked for help with alcohol");
    refer(probation, liam, "probation", "housing", Urgency.URGENT, "Released in 3 weeks, no home");
    var accepted =
        refer(housing, jordan, "housing", "jobcentre", Urgency.ROUTINE, "Needs a UC claim");
    refer(probation, zofia, "probation", "drug-alcohol", Urgency.ROUTINE, "Condition of licence");
    var declined =
        refer(housing, jordan, "housing", "voluntary", Urgency.ROUTINE, "Debt advice needed");
    referrals.accept(worker("jobcentre.worker", "jobcentre"), accepted, null);
    referrals.decline(
        worker("voluntary.worker", "voluntary"),
        declined,
        "Outside our area: try Leeds South",
        null);
    LOG.info("Demo data loaded: 5 people, 5 referrals");
  }

  private Person person(Caller by, String given, String family, LocalDate born, String postcode) {
    return persons.create(by, new NewPerson(given, family, born, postcode));
  }

  private long refer(
      Caller by, Person person, String from, String to, Urgency urgency, String reason) {
    List<Service> services = directory.servicesOutside(from);
    Service service =
        services.stream().filter(s -> s.getAgency().getCode().equals(to)).findFirst().orElseThrow();
    return referrals
        .send(by, new NewReferral(person.getId(), service.getId(), urgency, reason))
        .getId();
  }

  private static Caller worker(String username, String agency) {
    return new Caller(username, username, agency, Set.of(Roles.FRONTLINE_WORKER));
  }
}
