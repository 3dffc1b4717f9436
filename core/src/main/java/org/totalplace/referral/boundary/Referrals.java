package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.totalplace.referral.control.Chronicle;
import org.totalplace.referral.control.Deadlines;
import org.totalplace.referral.control.ReferralFinder;
import org.totalplace.referral.control.ReferralHistory;
import org.totalplace.referral.control.ReferralProcess;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralEvent;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.sharing.control.SharingFacts;

/**
 * Making and sending referrals, and reading them. Each referral runs the "referral" process from
 * its draft on; the steps after sending are in {@link ReferralSteps}.
 */
@Stateless
public class Referrals {

  static final int MAX_LISTED = 200;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject Directory directory;
  @Inject Persons persons;
  @Inject SharingFacts sharing;
  @Inject ResponseTargets targets;
  @Inject ReferralFinder finder;
  @Inject ReferralProcess process;
  @Inject ReferralHistory history;
  @Inject Chronicle chronicle;

  Clock clock = Clock.systemUTC();

  /**
   * Sends as written, what a worker does when they press Send: checked once, one process operation,
   * one history row and one audit event (it used to be drafted, reloaded and sent).
   */
  public Referral send(Caller caller, NewReferral request) {
    Referral referral = written(caller, request);
    requireReceivable(referral.getService(), referral.getPerson());
    Instant now = referral.getCreatedAt();
    Deadlines acknowledge = Deadlines.toAcknowledge(now, targets.of(referral.getUrgency()));
    referral.send(caller, now, acknowledge.dueAt());
    em.persist(referral);
    em.flush();
    process.startSent(referral, caller, acknowledge.asVariables("acknowledge"));
    sent(referral, caller, null, now);
    return referral;
  }

  /** A draft the sender can finish later; the receiving agency does not see it yet. */
  public Referral draft(Caller caller, NewReferral request) {
    Referral referral = written(caller, request);
    em.persist(referral);
    em.flush();
    process.start(referral, caller);
    history.record(referral, caller, "DRAFTED", null, null, referral.getCreatedAt());
    audit.record(
        caller, "REFERRAL_DRAFTED", "referral", referral.getId(), "to " + referral.getToAgency());
    return referral;
  }

  /** A new referral as the caller wrote it, once they may refer the person to that service. */
  private Referral written(Caller caller, NewReferral request) {
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
    return new Referral(
        person, service, caller, request.getUrgency(), request.getReason(), clock.instant());
  }

  /** What sending leaves behind: the history row, the person's chronology and the audit. */
  private void sent(Referral referral, Caller caller, ReferralStatus from, Instant now) {
    history.record(referral, caller, "SENT", from, null, now);
    chronicle.add(
        referral.getPerson().getId(),
        caller,
        referral.getService().getSensitivity(),
        "Referred to " + referral.getService().getName(),
        now);
    audit.record(
        caller, "REFERRAL_SENT", "referral", referral.getId(), "to " + referral.getToAgency());
  }

  public Referral sendDraft(Caller caller, long id, Integer expectedVersion) {
    Referral referral = finder.actionable(caller, id, expectedVersion);
    if (!referral.isSentBy(caller)) {
      throw new NotAllowed("Only the agency that drafted this referral can send it");
    }
    if (referral.getStatus() != ReferralStatus.DRAFT) {
      throw new Conflict("This referral has already been sent");
    }
    requireReceivable(referral.getService(), referral.getPerson());
    Instant now = clock.instant();
    Deadlines acknowledge = Deadlines.toAcknowledge(now, targets.of(referral.getUrgency()));
    process.complete(referral, "send", caller, acknowledge.asVariables("acknowledge"));
    referral.send(caller, now, acknowledge.dueAt());
    sent(referral, caller, ReferralStatus.DRAFT, now);
    return referral;
  }

  /**
   * Sends a declined referral on to another service, linked to the first so both agencies can
   * follow where the person went next.
   */
  public Referral reroute(
      Caller caller, long declinedId, long serviceId, String reason, Integer expectedVersion) {
    Referral declined = finder.actionable(caller, declinedId, expectedVersion);
    if (!declined.isSentBy(caller)) {
      throw new NotAllowed("Only the agency that sent this referral can send it elsewhere");
    }
    if (declined.getStatus() != ReferralStatus.DECLINED) {
      throw new Conflict("Only a declined referral can be re-routed to another service");
    }
    if (serviceId == declined.getService().getId()) {
      throw InvalidInput.of("serviceId", "Choose a different service from the one that declined");
    }
    String why = reason == null || reason.isBlank() ? declined.getReason() : reason;
    Referral next =
        send(
            caller,
            new NewReferral(declined.getPerson().getId(), serviceId, declined.getUrgency(), why));
    next.reroutedFrom(declined);
    Instant now = clock.instant();
    history.record(
        declined, caller, "REROUTED", ReferralStatus.DECLINED, "to referral " + next.getId(), now);
    history.record(next, caller, "REROUTED", null, "from referral " + declined.getId(), now);
    return next;
  }

  /**
   * A referral goes only to a service taking referrals, and only with consent or another lawful
   * basis for the receiving agency to see the person's information.
   */
  void requireReceivable(Service service, Person person) {
    if (!service.isAcceptingReferrals()) {
      throw InvalidInput.of(
          "serviceId",
          service.getName() + " is not taking new referrals at the moment. Choose another.");
    }
    String agency = service.getAgency().getCode();
    if (!sharing.forAgency(agency, persons.kept(person.getId()).getId()).isRecordOpen()) {
      throw InvalidInput.of(
          "serviceId",
          directory.agencyName(agency)
              + " has no consent or other lawful basis to see this person's information."
              + " Record the person's consent (or another basis) for them first.");
    }
  }

  /**
   * What a worker should know before writing a referral to a service: whether the receiving agency
   * lacks consent or another basis (the send would be refused), and whether the person already has
   * an open referral to the same service. Asked when the service is chosen, not after the reason is
   * written.
   */
  public Readiness readiness(Caller caller, long personId, long serviceId) {
    Access.requireCaseworker(caller);
    Person person = persons.kept(personId);
    persons.open(caller, person);
    Service service = em.find(Service.class, serviceId);
    if (service == null) {
      throw new NotFound("There is no service " + serviceId);
    }
    String agency = service.getAgency().getCode();
    String noBasis =
        sharing.forAgency(agency, person.getId()).isRecordOpen()
            ? null
            : directory.agencyName(agency)
                + " has no consent or other lawful basis to see this person's information, so the"
                + " referral would be refused.";
    List<?> open =
        Sql.query(
                em,
                "select id from referral where person_id = ?1 and service_id = ?2 and status in"
                    + " ('DRAFT', 'SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED',"
                    + " 'IN_PROGRESS') order by id desc limit 1",
                person.getId(),
                serviceId)
            .getResultList();
    return new Readiness(noBasis, open.isEmpty() ? null : Sql.id(open.get(0)));
  }

  /** What {@link #readiness} found; both null when nothing stands in the way. */
  public record Readiness(String noBasis, Long openReferral) implements java.io.Serializable {
    public String getNoBasis() {
      return noBasis;
    }

    public Long getOpenReferral() {
      return openReferral;
    }
  }

  public Referral find(Caller caller, long id) {
    Referral referral = finder.visible(caller, id);
    audit.record(caller, "REFERRAL_VIEWED", "referral", id, null);
    return referral;
  }

  /** The steps so far, for either agency. */
  public List<ReferralEvent> history(Caller caller, long id) {
    finder.visible(caller, id);
    return history.of(id);
  }

  /** Referrals the caller's agency sent, the most recently changed first. */
  public List<Referral> sent(Caller caller) {
    Access.requireCaseworker(caller);
    List<Referral> found =
        em.createNamedQuery("Referral.sentBy", Referral.class)
            .setParameter("agency", caller.getAgency())
            .setParameter("draft", ReferralStatus.DRAFT)
            .setMaxResults(MAX_LISTED)
            .getResultList();
    listed(audit, caller, found);
    return found;
  }

  /** The referrals about one person that the caller's agency sent or received. */
  public List<Referral> about(Caller caller, long personId) {
    List<AuditTrail.Event> listed = new ArrayList<>();
    List<Referral> found = about(caller, personId, listed);
    audit.recordEach(caller, listed);
    return found;
  }

  /** The referrals about a person the caller may see, each listing added to {@code toAudit}. */
  public List<Referral> about(Caller caller, long personId, List<AuditTrail.Event> toAudit) {
    Access.requireCaseworker(caller);
    List<Referral> found =
        em
            .createNamedQuery("Referral.forPersonSeenBy", Referral.class)
            .setParameter("person", personId)
            .setParameter("agency", caller.getAgency())
            .getResultList()
            .stream()
            .filter(r -> r.isVisibleTo(caller))
            .toList();
    found.forEach(
        r -> toAudit.add(new AuditTrail.Event(LISTED, "referral", r.getId(), null, null)));
    return found;
  }

  private static final String LISTED = "REFERRAL_LISTED";

  /** Each referral shown in a list discloses who it is about, so each is recorded. */
  static void listed(AuditTrail audit, Caller caller, List<Referral> shown) {
    audit.recordAll(
        caller,
        LISTED,
        shown.stream()
            .map(referral -> new AuditTrail.Listed("referral", referral.getId(), null, null))
            .toList());
  }
}
