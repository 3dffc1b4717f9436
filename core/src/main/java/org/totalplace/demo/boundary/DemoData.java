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
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.person.boundary.Contributions;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.boundary.TellUsOnce;
import org.totalplace.person.entity.Circumstances;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.person.entity.EntryKind;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.NewEntry;
import org.totalplace.person.entity.NewPerson;
import org.totalplace.person.entity.Person;
import org.totalplace.person.entity.RelationshipKind;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.boundary.ReferralSteps;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.DeclineReason;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.entity.ConsentStatus;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.NewBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.staff.boundary.StaffList;

/**
 * The demo's named stories: a handful of people and referrals worth clicking on, told on top of the
 * generated place the launcher loads first (see the generator module's DemoPlace). Runs only when
 * totalplace.demo-data is true and nobody but generated people is recorded yet, so it never touches
 * real data and tells its stories once.
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
  @Inject ReferralSteps steps;
  @Inject StaffList staffList;
  @Inject Pathways pathways;
  @Inject Directory directory;
  @Inject TeamDemo team;
  @Inject CountingDemo countingDemo;

  @Inject Contributions contributions;
  @Inject Consents consents;
  @Inject TellUsOnce tellUsOnce;

  @PostConstruct
  void load() {
    if (!enabled || anyoneButGeneratedPeople()) {
      return;
    }
    Caller housing = worker("housing.worker", "housing");
    Caller probation = worker("probation.worker", "probation");
    Caller health = worker("health.worker", "health");
    Caller drugs = worker("drug-alcohol.worker", "drug-alcohol");
    Caller children = worker("childrens-services.worker", "childrens-services");
    Caller police = worker("police.worker", "police");

    Person jordan = person(housing, "Jordan", "Miles", LocalDate.of(1988, 4, 12), "LS11 5QP");
    Person liam = person(probation, "Liam", "O'Connor", LocalDate.of(1979, 11, 3), "LS9 8AB");
    LocalDate today = LocalDate.now();
    // Aisha turns 18 in five months and Sam leaves hospital next week: both have pathways.
    Person aisha = person(children, "Aisha", "Khan", today.minusYears(18).plusMonths(5), "LS7 3JB");
    Person sam = person(health, "Sam", "Taylor", LocalDate.of(1952, 7, 19), "LS6 2DR");
    Person zofia = person(probation, "Zofia", "Nowak", LocalDate.of(1994, 5, 8), "LS12 1AA");
    Person maja = person(children, "Maja", "Nowak", LocalDate.of(2015, 9, 1), "LS12 1AA");
    // A duplicate a data-protection officer can merge: the same man, spelt differently.
    person(health, "Jordon", "Myles", LocalDate.of(1988, 4, 12), "LS11 5QP");

    countingDemo.liamsEarlierRelease(liam.getId());
    liamsRecord(liam, probation, health, drugs, housing, police, children);
    contributions.relate(children, maja.getId(), RelationshipKind.CHILD, zofia.getId());
    basis(
        probation,
        zofia,
        "childrens-services",
        LawfulBasis.SAFEGUARDING,
        null,
        "Child in the household");
    entry(
        children, maja, EntryKind.ASSESSMENT, Sensitivity.SAFEGUARDING, "Child in need assessment");
    entry(probation, zofia, EntryKind.NEED, Sensitivity.GENERAL, "Needs help with debts");

    basis(housing, jordan, "jobcentre", LawfulBasis.CONSENT, ConsentStatus.GIVEN, "Benefits");
    basis(housing, jordan, "voluntary", LawfulBasis.CONSENT, ConsentStatus.GIVEN, "Debt advice");
    basis(probation, zofia, "drug-alcohol", LawfulBasis.CONSENT, ConsentStatus.GIVEN, "Licence");
    staff();

    refer(housing, liam, "housing", "drug-alcohol", Urgency.URGENT, "Asked for help with alcohol");
    // Liam is released in three weeks: his plan is under way, and housing is late to respond.
    Pathway release =
        pathways.start(probation, liam.getId(), PathwayKind.PRISON_RELEASE, today.plusWeeks(3));
    long overdue =
        pathways
            .refer(
                probation,
                release.getId(),
                "accommodation",
                serviceOf("housing").getId(),
                Urgency.EMERGENCY,
                "Released in three weeks with nowhere to live")
            .getId();
    pathways.start(
        children, aisha.getId(), PathwayKind.LEAVING_CARE, aisha.getDateOfBirth().plusYears(18));
    pathways.start(health, sam.getId(), PathwayKind.HOSPITAL_DISCHARGE, today.plusDays(7));
    var accepted =
        refer(housing, jordan, "housing", "jobcentre", Urgency.ROUTINE, "Needs a UC claim");
    refer(probation, zofia, "probation", "drug-alcohol", Urgency.ROUTINE, "Condition of licence");
    var declined =
        refer(housing, jordan, "housing", "voluntary", Urgency.ROUTINE, "Debt advice needed");
    Caller jobcentre = worker("jobcentre.worker", "jobcentre");
    steps.accept(jobcentre, accepted, null);
    steps.start(jobcentre, accepted, null);
    steps.decline(
        worker("voluntary.worker", "voluntary"),
        declined,
        DeclineReason.OUT_OF_AREA,
        "Outside our area: try Leeds South",
        null);
    sentHoursAgo(overdue, 3);
    team.load(probation, housing);
    LOG.info(
        "Demo data loaded: 36 people, 34 open referrals, 160 finished ones, 3 pathways, entries"
            + " in every sensitivity category");
  }

  /** Real records, or the stories told already: anyone beyond the generated places' people. */
  private boolean anyoneButGeneratedPeople() {
    Number beyond =
        (Number)
            Sql.query(
                    em,
                    "select (select count(*) from person)"
                        + " - (select coalesce(sum(people), 0) from generated_place)")
                .getSingleResult();
    return beyond.longValue() > 0;
  }

  /**
   * Liam, just out of prison, has something recorded by six agencies in every category, so the
   * sharing rules show: each worker sees a different part of the same record.
   */
  private void liamsRecord(
      Person liam,
      Caller probation,
      Caller health,
      Caller drugs,
      Caller housing,
      Caller police,
      Caller children) {
    contributions.addIdentifier(probation, liam.getId(), IdentifierScheme.PRISON, "A1234BC");
    basis(
        probation,
        liam,
        "health",
        LawfulBasis.CONSENT,
        ConsentStatus.GIVEN,
        "Resettlement after release");
    basis(
        probation,
        liam,
        "drug-alcohol",
        LawfulBasis.CONSENT,
        ConsentStatus.GIVEN,
        "Resettlement after release");
    basis(
        probation,
        liam,
        "housing",
        LawfulBasis.CONSENT,
        ConsentStatus.GIVEN,
        "Finding a home after release");
    basis(
        probation,
        liam,
        "police",
        LawfulBasis.LEGAL_OBLIGATION,
        null,
        "Multi-agency public protection");
    basis(
        probation,
        liam,
        "childrens-services",
        LawfulBasis.SAFEGUARDING,
        null,
        "Contact with children");
    contributions.involve(health, liam.getId(), "Dr Priya Shah");
    contributions.involve(drugs, liam.getId(), "Tom Walsh");
    contributions.addIdentifier(health, liam.getId(), IdentifierScheme.NHS, "943 476 5919");
    entry(
        probation,
        liam,
        EntryKind.ALERT,
        Sensitivity.CRIMINAL_JUSTICE,
        "Risk to staff: do not visit alone");
    entry(
        probation,
        liam,
        EntryKind.RISK,
        Sensitivity.CRIMINAL_JUSTICE,
        "Medium risk of serious harm (OASys)");
    entry(health, liam, EntryKind.ASSESSMENT, Sensitivity.HEALTH, "Type 2 diabetes, needs a GP");
    entry(
        health,
        liam,
        EntryKind.NOTE,
        Sensitivity.MENTAL_HEALTH,
        "Low mood since release; referred to talking therapies");
    entry(health, liam, EntryKind.NOTE, Sensitivity.SEXUAL_HEALTH, "Attended sexual health clinic");
    entry(
        drugs,
        liam,
        EntryKind.ASSESSMENT,
        Sensitivity.SUBSTANCE_MISUSE,
        "Alcohol dependence, AUDIT score 24");
    entry(housing, liam, EntryKind.NEED, Sensitivity.GENERAL, "No fixed abode after release");
    entry(
        police,
        liam,
        EntryKind.NOTE,
        Sensitivity.CRIMINAL_JUSTICE,
        "Known associate of a local group");
    entry(
        children,
        liam,
        EntryKind.NOTE,
        Sensitivity.SAFEGUARDING,
        "Has contact with a child subject to a plan");
    Circumstances release = new Circumstances();
    release.setCustodyStatus(CustodyStatus.ON_LICENCE);
    release.setPhone("07700 900123");
    release.setVersion(persons.kept(liam.getId()).getVersion());
    tellUsOnce.change(probation, liam.getId(), release);
  }

  private void entry(
      Caller by, Person person, EntryKind kind, Sensitivity sensitivity, String summary) {
    contributions.addEntry(by, person.getId(), new NewEntry(kind, sensitivity, summary, null));
  }

  private void basis(
      Caller by,
      Person person,
      String agency,
      LawfulBasis basis,
      ConsentStatus consent,
      String purpose) {
    NewBasis request = new NewBasis();
    request.setAgencies(List.of(agency));
    request.setBasis(basis);
    request.setConsent(consent);
    request.setPurpose(purpose);
    request.setGivenOn(LocalDate.now());
    consents.record(by, person.getId(), request);
  }

  private Person person(Caller by, String given, String family, LocalDate born, String postcode) {
    return persons.create(by, new NewPerson(given, family, born, postcode));
  }

  private Service serviceOf(String agency) {
    return directory.services().stream()
        .filter(s -> s.getAgency().getCode().equals(agency))
        .findFirst()
        .orElseThrow();
  }

  private long refer(
      Caller by, Person person, String from, String to, Urgency urgency, String reason) {
    Service service = serviceOf(to);
    return referrals
        .send(by, new NewReferral(person.getId(), service.getId(), urgency, reason))
        .getId();
  }

  /**
   * The demo's staff as they would be after their first login, so team leads get escalation emails
   * before they have signed in.
   */
  private void staff() {
    String[][] people = STAFF;
    for (String[] agency : people) {
      for (int lead = 0; lead <= 1; lead++) {
        String username = agency[0] + (lead == 1 ? ".lead" : ".worker");
        staffList.seen(
            new Caller(
                username,
                agency[1 + lead],
                agency[0],
                Set.of(lead == 1 ? Roles.TEAM_LEAD : Roles.FRONTLINE_WORKER)),
            username + "@demo.totalplace.test");
      }
    }
  }

  /**
   * Makes a red referral look as if it was sent hours ago: its clock has run out, so the receiving
   * team lead sees an escalation as soon as the timers run.
   */
  private void sentHoursAgo(long referralId, int hours) {
    Referral referral = em.find(Referral.class, referralId);
    Sql.update(
        em,
        "update referral set sent_at = sent_at - make_interval(hours => ?2),"
            + " created_at = created_at - make_interval(hours => ?2),"
            + " acknowledge_due_at = acknowledge_due_at - make_interval(hours => ?2)"
            + " where id = ?1",
        referralId,
        hours);
    Sql.update(
        em,
        "update act_ru_timer_job set duedate_ = duedate_ - make_interval(hours => ?2)"
            + " where process_instance_id_ = ?1",
        referral.getProcessInstanceId(),
        hours);
  }

  /** Agency, its worker and its team lead, as in the realm. */
  private static final String[][] STAFF = {
    {"housing", "Hana Reid", "Tom Price"},
    {"jobcentre", "Jamal Okafor", "Jean Bell"},
    {"probation", "Priya Shah", "Paul Hughes"},
    {"health", "Harriet Cole", "Hugh Mensah"},
    {"childrens-services", "Chloe Evans", "Carl Dunn"},
    {"drug-alcohol", "Dana Kerr", "Dev Patel"},
    {"police", "Pat Lowe", "Piotr Nowak"},
    {"voluntary", "Vera Quinn", "Victor Amos"}
  };

  /** A demo worker under their own name, so histories and notices read as they would live. */
  private static Caller worker(String username, String agency) {
    String name =
        java.util.Arrays.stream(STAFF)
            .filter(a -> a[0].equals(agency))
            .map(a -> a[1])
            .findFirst()
            .orElse(username);
    return new Caller(username, name, agency, Set.of(Roles.FRONTLINE_WORKER));
  }
}
