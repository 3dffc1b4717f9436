package org.totalplace.pathway.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.flowable.common.engine.impl.identity.Authentication;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.caseload.entity.RiskTier;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.control.PlanSteps;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.pathway.entity.PathwayStep;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.control.Chronicle;
import org.totalplace.referral.control.WorkingHours;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralFinished;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.staff.entity.StaffMember;

/**
 * Pathways for transitions. A worker starts one for a person they may see and becomes its lead
 * professional; the model's timers open the plan before the key date and flag on the day what is
 * not in place. The plan is seen by the lead's agency and every agency with a step.
 */
@Stateless
public class Pathways {

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject PlanSteps planSteps;
  @Inject RuntimeService runtime;
  @Inject TaskService tasks;
  @Inject Referrals referrals;
  @Inject Directory directory;
  @Inject Chronicle chronicle;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Pathway start(Caller caller, long personId, PathwayKind kind, LocalDate keyDate) {
    return start(caller, personId, kind, keyDate, RiskTier.MEDIUM);
  }

  /** Starts a pathway led by the caller; its risk tier weighs the lead's caseload. */
  public Pathway start(
      Caller caller, long personId, PathwayKind kind, LocalDate keyDate, RiskTier tier) {
    Access.requireCaseworker(caller);
    if (kind == null) {
      throw InvalidInput.of("kind", "Choose the pathway");
    }
    LocalDate today = LocalDate.now(clock.withZone(WorkingHours.UK));
    if (keyDate == null || keyDate.isBefore(today) || keyDate.isAfter(today.plusYears(2))) {
      throw InvalidInput.of(
          "keyDate", "Give the " + kind.getKeyDateLabel().toLowerCase() + ": today or later");
    }
    Person person = persons.kept(personId);
    persons.open(caller, person);
    boolean open =
        !em
            .createNamedQuery("Pathway.forPerson", Pathway.class)
            .setParameter("people", List.of(person.getId()))
            .getResultList()
            .stream()
            .filter(p -> p.getKind() == kind && p.getStatus() != Pathway.Status.CLOSED)
            .toList()
            .isEmpty();
    if (open) {
      throw new Conflict(
          person.getFullName() + " already has a " + kind.getLabel().toLowerCase() + " pathway");
    }
    Instant now = clock.instant();
    Pathway pathway = new Pathway(kind, person.getId(), caller, keyDate, now);
    pathway.rated(tier == null ? RiskTier.MEDIUM : tier);
    em.persist(pathway);
    em.flush();
    for (PlanSteps.Step step : planSteps.of(kind)) {
      em.persist(
          new PathwayStep(
              pathway.getId(),
              step.key(),
              step.title(),
              step.agency(),
              kind.dueOn(step.key(), keyDate)));
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put("pathwayId", pathway.getId());
    variables.put("personId", person.getId());
    variables.put("leadAgency", caller.getAgency());
    variables.put("leadWorker", caller.getUsername());
    variables.put("startAt", at(pathway.getStartsOn()));
    variables.put("flagAt", at(keyDate));
    variables.put("checkInAt", at(kind.dueOn("checkIn", keyDate)));
    Authentication.setAuthenticatedUserId(caller.getUsername());
    try {
      pathway.startedAs(
          runtime
              .startProcessInstanceByKey(
                  kind.getProcessKey(), pathway.getId().toString(), variables)
              .getId());
    } finally {
      Authentication.setAuthenticatedUserId(null);
    }
    chronicle.add(
        person.getId(),
        caller,
        Sensitivity.GENERAL,
        kind.getLabel()
            + " pathway started for "
            + Words.day(keyDate)
            + ", led by "
            + caller.getDisplayName(),
        now);
    audit.record(
        caller,
        "PATHWAY_STARTED",
        "person",
        person.getId(),
        kind.getLabel() + " pathway " + pathway.getId());
    return pathway;
  }

  /** 09:00 UK time on the day: timers fire at the start of the working day. */
  static Date at(LocalDate day) {
    return Date.from(day.atTime(LocalTime.of(9, 0)).atZone(WorkingHours.UK).toInstant());
  }

  public Pathway find(Caller caller, long id) {
    Pathway pathway = visible(caller, id);
    audit.record(caller, "PATHWAY_VIEWED", "person", pathway.getPersonId(), "pathway " + id);
    return pathway;
  }

  public List<PathwayStep> plan(Caller caller, long id) {
    visible(caller, id);
    return steps(id);
  }

  /**
   * The steps of a plan that can be marked in place now: those whose task the engine has open.
   * Steps open when planning starts, and some only after the key day (a check-in after discharge).
   */
  public Set<String> stepsOpenNow(Caller caller, long id) {
    Pathway pathway = visible(caller, id);
    if (pathway.getProcessInstanceId() == null) {
      return Set.of();
    }
    return tasks.createTaskQuery().processInstanceId(pathway.getProcessInstanceId()).list().stream()
        .map(Task::getTaskDefinitionKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The person's pathways the caller's agency takes part in. */
  public List<Pathway> forPerson(Caller caller, long personId) {
    Access.requireCaseworker(caller);
    // One query, not one per pathway: the agency test is in the query.
    return em.createNamedQuery("Pathway.forPersonAndAgency", Pathway.class)
        .setParameter("person", personId)
        .setParameter("agency", caller.getAgency())
        .getResultList();
  }

  /**
   * Pathways the caller's agency leads or has a step in, newest key date first, for an agency admin
   * who follows where people are in the models; each listed one is audited.
   */
  public List<Pathway> ofAgency(Caller caller) {
    if (caller.getAgency() == null || caller.getActingRole() == null) {
      throw new NotAllowed("Only staff of an agency can list its pathways");
    }
    List<Pathway> found =
        em.createNamedQuery("Pathway.ofAgency", Pathway.class)
            .setParameter("agency", caller.getAgency())
            .setMaxResults(200)
            .getResultList();
    audit.recordAll(
        caller,
        "PATHWAY_LISTED",
        found.stream()
            .map(
                pathway ->
                    new AuditTrail.Listed(
                        "person", pathway.getPersonId(), "pathway " + pathway.getId(), null))
            .toList());
    return found;
  }

  /**
   * A pathway whose position the caller may see: caseworkers and admins of a taking-part agency.
   */
  public Pathway position(Caller caller, long id) {
    Pathway pathway = em.find(Pathway.class, id);
    if (pathway == null || caller.getActingRole() == null || !takesPart(caller, pathway)) {
      throw new NotFound("There is no pathway with id " + id);
    }
    audit.record(caller, "PATHWAY_VIEWED", "person", pathway.getPersonId(), "pathway " + id);
    return pathway;
  }

  /** Open steps for the caller's agency, across all pathways, soonest due first. */
  public List<PathwayStep> openStepsFor(Caller caller) {
    Access.requireCaseworker(caller);
    return em.createNamedQuery("PathwayStep.openFor", PathwayStep.class)
        .setParameter("agency", caller.getAgency())
        .setParameter("done", PathwayStep.Status.IN_PLACE)
        .setMaxResults(200)
        .getResultList();
  }

  /** A worker of the step's agency, or the lead professional, says the step is in place. */
  public PathwayStep markInPlace(
      Caller caller, long pathwayId, String stepKey, String note, Integer expectedVersion) {
    Pathway pathway = visible(caller, pathwayId);
    PathwayStep step = step(pathwayId, stepKey);
    if (!caller.belongsTo(step.getAgency()) && !pathway.isLedBy(caller)) {
      throw new NotAllowed(
          "Only "
              + directory.agencyName(step.getAgency())
              + " or the lead professional can mark this step in place");
    }
    if (expectedVersion != null && expectedVersion != step.getVersion()) {
      throw Conflict.staleVersion(
          "Someone else has changed this step since you opened the plan. Reload it.");
    }
    complete(caller, pathway, step, note == null || note.isBlank() ? null : note.strip());
    return step;
  }

  /**
   * A team lead of the lead agency hands a pathway to another worker of the team, who becomes the
   * lead professional; told by the caller, once for a whole batch.
   */
  public Pathway handOver(
      Caller caller, long id, StaffMember worker, String reason, Integer expectedVersion) {
    Pathway pathway = em.find(Pathway.class, id);
    if (pathway == null || !caller.belongsTo(pathway.getLeadAgency())) {
      throw new NotFound("There is no pathway with id " + id);
    }
    if (!caller.hasRole(Roles.TEAM_LEAD)) {
      throw new NotAllowed("Only a team lead can hand a pathway to someone else");
    }
    if (expectedVersion != null && expectedVersion != pathway.getVersion()) {
      throw Conflict.staleVersion(
          "Someone else has changed pathway " + id + " since you opened the list. Reload it.");
    }
    if (pathway.getStatus() == Pathway.Status.CLOSED) {
      throw new Conflict("Pathway " + id + " is closed: nobody leads it now");
    }
    if (worker.username().equals(pathway.getLeadUsername())) {
      throw InvalidInput.of(
          "assignee", "Pathway " + id + " is already led by " + worker.displayName());
    }
    String before = pathway.getLeadName();
    pathway.ledBy(worker.username(), worker.displayName());
    Instant now = clock.instant();
    chronicle.add(
        pathway.getPersonId(),
        caller,
        Sensitivity.GENERAL,
        pathway.getKind().getLabel()
            + " pathway now led by "
            + worker.displayName()
            + ", moved by "
            + caller.getDisplayName(),
        now);
    audit.record(
        caller,
        "PATHWAY_LEAD_CHANGED",
        "person",
        pathway.getPersonId(),
        "Pathway " + id + ": " + Words.holder(before, worker.displayName()) + ": " + reason);
    return pathway;
  }

  /** Refers the person to a service of the step's agency, the referral tied to the step. */
  public Referral refer(
      Caller caller, long pathwayId, String stepKey, long serviceId, Urgency urgency, String why) {
    Pathway pathway = visible(caller, pathwayId);
    PathwayStep step = step(pathwayId, stepKey);
    Service service = em.find(Service.class, serviceId);
    if (service == null || !service.getAgency().getCode().equals(step.getAgency())) {
      throw InvalidInput.of(
          "serviceId", "Choose a service of " + directory.agencyName(step.getAgency()));
    }
    Referral draft =
        referrals.draft(caller, new NewReferral(pathway.getPersonId(), serviceId, urgency, why));
    draft.forPathwayStep(step.getId());
    return referrals.sendDraft(caller, draft.getId(), null);
  }

  /** A referral made for a step and completed puts the step in place. */
  public void referralFinished(@Observes ReferralFinished finished) {
    if (finished.pathwayStepId() == null || finished.status() != ReferralStatus.COMPLETED) {
      return;
    }
    PathwayStep step = em.find(PathwayStep.class, finished.pathwayStepId());
    Pathway pathway = em.find(Pathway.class, step.getPathwayId());
    if (!step.isDone() && taskOf(pathway, step) != null) {
      complete(
          new Caller("totalplace", "Totalplace", step.getAgency(), java.util.Set.of()),
          pathway,
          step,
          "Referral " + finished.referralId() + " completed");
    }
  }

  private void complete(Caller caller, Pathway pathway, PathwayStep step, String note) {
    if (step.isDone()) {
      throw new Conflict("This step is already in place");
    }
    Task task = taskOf(pathway, step);
    if (task == null) {
      throw new Conflict(
          step.getStatus() == PathwayStep.Status.WAITING
              ? "This step is not open yet: planning starts on " + pathway.getStartsOn()
              : "This step is not open yet: it opens after " + Words.day(step.getDueOn()));
    }
    Authentication.setAuthenticatedUserId(caller.getUsername());
    try {
      tasks.complete(task.getId());
    } finally {
      Authentication.setAuthenticatedUserId(null);
    }
    step.inPlace(caller.getDisplayName(), note, clock.instant());
    audit.record(
        caller,
        "PATHWAY_STEP_IN_PLACE",
        "person",
        pathway.getPersonId(),
        "pathway " + pathway.getId() + " " + step.getStepKey());
  }

  private Task taskOf(Pathway pathway, PathwayStep step) {
    return tasks
        .createTaskQuery()
        .processInstanceId(pathway.getProcessInstanceId())
        .taskDefinitionKey(step.getStepKey())
        .singleResult();
  }

  private PathwayStep step(long pathwayId, String stepKey) {
    return steps(pathwayId).stream()
        .filter(s -> s.getStepKey().equals(stepKey))
        .findFirst()
        .orElseThrow(() -> new NotFound("This pathway has no step " + stepKey));
  }

  private List<PathwayStep> steps(long pathwayId) {
    return em.createNamedQuery("PathwayStep.ofPathway", PathwayStep.class)
        .setParameter("pathway", pathwayId)
        .getResultList();
  }

  private Pathway visible(Caller caller, long id) {
    Access.requireCaseworker(caller);
    Pathway pathway = em.find(Pathway.class, id);
    if (pathway == null || !takesPart(caller, pathway)) {
      throw new NotFound("There is no pathway with id " + id);
    }
    return pathway;
  }

  /** The lead's agency and every agency with a step see the plan; nobody else knows of it. */
  private boolean takesPart(Caller caller, Pathway pathway) {
    return caller.belongsTo(pathway.getLeadAgency())
        || steps(pathway.getId()).stream().anyMatch(s -> caller.belongsTo(s.getAgency()));
  }
}
