package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.api.FlowableOptimisticLockingException;
import org.flowable.common.engine.api.FlowableTaskAlreadyClaimedException;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * Referrals between agencies. Each referral runs the "referral" process; a decision completes its
 * task in the same transaction as the row changes, so both commit or neither does.
 */
@Stateless
public class Referrals {

  static final String PROCESS = "referral";
  static final String DECIDE_TASK = "decide";
  static final int MAX_LISTED = 200;

  @PersistenceContext EntityManager em;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject Directory directory;
  @Inject Persons persons;

  Clock clock = Clock.systemUTC();

  public Referral send(Caller caller, NewReferral request) {
    Access.requireCaseworker(caller);
    validation.check(request);
    Person person = persons.kept(request.getPersonId());
    // Only a worker who may see the record can refer the person on.
    persons.open(caller, person);
    Service service = em.find(Service.class, request.getServiceId());
    if (service == null) {
      throw new NotFound("There is no service with id " + request.getServiceId());
    }
    if (caller.belongsTo(service.getAgency().getCode())) {
      throw InvalidInput.of("serviceId", "Choose a service of another agency");
    }
    Referral referral =
        new Referral(
            person, service, caller, request.getUrgency(), request.getReason(), clock.instant());
    em.persist(referral);
    em.flush();
    withUser(
        caller,
        () ->
            referral.startedAs(
                runtime
                    .startProcessInstanceByKey(
                        PROCESS,
                        referral.getId().toString(),
                        Map.of(
                            "referralId", referral.getId(),
                            "receivingAgency", referral.getToAgency()))
                    .getId()));
    chronicle(referral, caller, "Referred to " + service.getName());
    audit.record(
        caller, "REFERRAL_SENT", "referral", referral.getId(), "to " + referral.getToAgency());
    return referral;
  }

  public Referral find(Caller caller, long id) {
    Referral referral = visible(caller, id);
    audit.record(caller, "REFERRAL_VIEWED", "referral", id, null);
    return referral;
  }

  /** Referrals to the caller's agency that nobody has accepted or declined yet, oldest first. */
  public List<Referral> awaitingDecision(Caller caller) {
    Access.requireCaseworker(caller);
    List<Referral> found =
        em.createNamedQuery("Referral.awaitingDecisionBy", Referral.class)
            .setParameter("agency", caller.getAgency())
            .setParameter("status", ReferralStatus.SENT)
            .setMaxResults(MAX_LISTED)
            .getResultList();
    listed(caller, found);
    return found;
  }

  public long countAwaitingDecision(Caller caller) {
    if (!caller.worksWithPeople()) {
      return 0;
    }
    return em.createNamedQuery("Referral.countAwaitingDecisionBy", Long.class)
        .setParameter("agency", caller.getAgency())
        .setParameter("status", ReferralStatus.SENT)
        .getSingleResult();
  }

  /** Referrals the caller's agency sent, the most recently changed first. */
  public List<Referral> sent(Caller caller) {
    Access.requireCaseworker(caller);
    List<Referral> found =
        em.createNamedQuery("Referral.sentBy", Referral.class)
            .setParameter("agency", caller.getAgency())
            .setMaxResults(MAX_LISTED)
            .getResultList();
    listed(caller, found);
    return found;
  }

  /** The referrals about one person that the caller's agency sent or received. */
  public List<Referral> about(Caller caller, long personId) {
    Access.requireCaseworker(caller);
    List<Referral> found =
        em.createNamedQuery("Referral.forPersonSeenBy", Referral.class)
            .setParameter("person", personId)
            .setParameter("agency", caller.getAgency())
            .getResultList();
    listed(caller, found);
    return found;
  }

  /** Each referral shown in a list discloses who it is about, so each is recorded. */
  private void listed(Caller caller, List<Referral> shown) {
    for (Referral referral : shown) {
      audit.record(caller, "REFERRAL_LISTED", "referral", referral.getId(), null);
    }
  }

  public Referral accept(Caller caller, long id, Integer expectedVersion) {
    Referral referral = decidable(caller, id, expectedVersion);
    completeDecision(caller, referral, Map.of("decision", "accepted"));
    referral.accept(caller, clock.instant());
    // Accepting means working with the person: the agency is now involved with them.
    Sql.update(
        em,
        "insert into involvement (person_id, agency, lead_worker, started_on)"
            + " values (?1, ?2, ?3, ?4) on conflict do nothing",
        persons.kept(referral.getPerson().getId()).getId(),
        caller.getAgency(),
        caller.getDisplayName(),
        java.time.LocalDate.now(clock));
    chronicle(referral, caller, "Accepted referral to " + referral.getService().getName());
    audit.record(caller, "REFERRAL_ACCEPTED", "referral", id, null);
    return referral;
  }

  public Referral decline(Caller caller, long id, String reason, Integer expectedVersion) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInput.of("reason", "Say why you are declining this referral");
    }
    if (reason.length() > 2000) {
      throw InvalidInput.of("reason", "The reason must be 2000 characters or fewer");
    }
    Referral referral = decidable(caller, id, expectedVersion);
    // The reason stays in the referral row, under audit and retention, not in process variables.
    completeDecision(caller, referral, Map.of("decision", "declined"));
    referral.decline(caller, reason, clock.instant());
    chronicle(referral, caller, "Declined referral to " + referral.getService().getName());
    audit.record(caller, "REFERRAL_DECLINED", "referral", id, null);
    return referral;
  }

  private Referral decidable(Caller caller, long id, Integer expectedVersion) {
    Referral referral = visible(caller, id);
    if (!referral.isDecidableBy(caller)) {
      throw new NotAllowed(
          "Only "
              + directory.agencyName(referral.getToAgency())
              + " can accept or decline this referral");
    }
    if (expectedVersion != null && expectedVersion != referral.getVersion()) {
      throw Conflict.staleVersion(
          "Someone else has changed this referral since you opened it. Reload it and try again.");
    }
    if (referral.getStatus() != ReferralStatus.SENT) {
      throw new Conflict(
          "This referral has already been " + referral.getStatus().getLabel().toLowerCase());
    }
    return referral;
  }

  private void completeDecision(Caller caller, Referral referral, Map<String, Object> decision) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(referral.getProcessInstanceId())
            .taskDefinitionKey(DECIDE_TASK)
            .singleResult();
    if (task == null) {
      throw new Conflict("This referral is no longer waiting for a decision");
    }
    try {
      withUser(
          caller,
          () -> {
            tasks.claim(task.getId(), caller.getUsername());
            tasks.complete(task.getId(), decision);
          });
    } catch (FlowableOptimisticLockingException | FlowableTaskAlreadyClaimedException e) {
      throw new Conflict("Someone else is deciding this referral right now. Reload it.");
    }
  }

  private Referral visible(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Referral referral =
        em.createNamedQuery("Referral.byId", Referral.class)
            .setParameter("id", id)
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (referral == null || !referral.isVisibleTo(caller)) {
      // The same answer whether it does not exist or is not the caller's to know about.
      throw new NotFound("There is no referral with id " + id);
    }
    return referral;
  }

  /**
   * Each step of a referral goes into the person's chronology, as sensitive as the service it is
   * for; the reasons stay with the referral, seen only by the two agencies.
   */
  private void chronicle(Referral referral, Caller caller, String summary) {
    var now = clock.instant();
    Sql.update(
        em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'REFERRAL', ?3, ?4, ?5, ?5, ?6)",
        referral.getPerson().getId(),
        caller.getAgency(),
        referral.getService().getSensitivity(),
        summary,
        now,
        caller.getDisplayName());
  }

  /** Flowable records who started or completed a step from this thread-bound user. */
  private static void withUser(Caller caller, Runnable work) {
    Authentication.setAuthenticatedUserId(caller.getUsername());
    try {
      work.run();
    } finally {
      Authentication.setAuthenticatedUserId(null);
    }
  }
}
