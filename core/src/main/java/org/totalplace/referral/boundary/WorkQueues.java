package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;
import org.totalplace.referral.control.Chronicle;
import org.totalplace.referral.control.ReferralFinder;
import org.totalplace.referral.control.ReferralHistory;
import org.totalplace.referral.control.ReferralNotices;
import org.totalplace.referral.control.ReferralProcess;
import org.totalplace.referral.control.WhenDue;
import org.totalplace.referral.entity.ChangedReferrals;
import org.totalplace.referral.entity.Referral;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;

/**
 * Each worker's queues of referrals (mine, the team's unassigned, awaiting acceptance, overdue) and
 * the moves between them: claim, assign (team leads), hand back.
 */
@Stateless
public class WorkQueues {

  static final int MAX_LISTED = 200;
  public static final String OPEN =
      "('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED', 'IN_PROGRESS')";
  static final String WAITING = "('SENT', 'RECEIVED')";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Directory directory;
  @Inject StaffList staff;
  @Inject ReferralFinder finder;
  @Inject ReferralProcess process;
  @Inject ReferralHistory history;
  @Inject ReferralNotices notices;
  @Inject Chronicle chronicle;

  Clock clock = Clock.systemUTC();

  /**
   * The queues' conditions, on referral r with ?1 the caller's agency and ?2 their username. The
   * counters of V14 count the same; WorkCountsIT holds the two together.
   */
  public static final String MINE =
      "(r.to_agency = ?1 and r.assignee = ?2 and r.status in "
          + OPEN
          + ") or (r.from_agency = ?1 and r.sent_by = ?2 and r.status in ('DRAFT',"
          + " 'INFORMATION_REQUESTED'))";

  public static final String UNASSIGNED =
      "r.to_agency = ?1 and r.assignee is null and r.status in " + OPEN;

  public static final String AWAITING =
      "r.to_agency = ?1 and (r.assignee is null or r.assignee = ?2) and r.status in " + WAITING;

  public static final String OVERDUE =
      "r.to_agency = ?1 and r.status in " + OPEN + " and " + WhenDue.OVERDUE;

  /** Referrals the caller is working on, and the caller's own drafts and questions to answer. */
  public List<Referral> mine(Caller caller) {
    return list(caller, MINE, caller.getAgency(), caller.getUsername());
  }

  /** Referrals to the caller's agency that nobody has taken on yet. */
  public List<Referral> unassigned(Caller caller) {
    return list(caller, UNASSIGNED, caller.getAgency());
  }

  /** Waiting for the caller's agency to acknowledge or decide: the caller's or nobody's. */
  public List<Referral> awaitingAcceptance(Caller caller) {
    return list(caller, AWAITING, caller.getAgency(), caller.getUsername());
  }

  /** Past the target of the step they are at ({@link WhenDue}), whoever holds them. */
  public List<Referral> overdue(Caller caller) {
    return list(caller, OVERDUE, caller.getAgency());
  }

  /** Whether one referral the caller is shown is overdue, by the same rule as the lists. */
  public boolean isOverdue(long referralId) {
    return !Sql.rows(
            em,
            "select 1 from referral r where r.id = ?1 and r.status in "
                + OPEN
                + " and "
                + WhenDue.OVERDUE,
            referralId)
        .isEmpty();
  }

  /** The caller takes a referral of their agency on. */
  public Referral claim(Caller caller, long id, Integer expectedVersion) {
    Referral referral = open(caller, id, expectedVersion);
    if (referral.getAssignee() != null && !referral.getAssignee().equals(caller.getUsername())) {
      throw new Conflict(
          referral.getAssigneeName() + " already has this referral. Ask a team lead to move it.");
    }
    moveTo(referral, caller, caller.getUsername(), caller.getDisplayName(), "CLAIMED", null);
    return referral;
  }

  /** A team lead gives a referral to a worker of the same agency, with a reason. */
  public Referral assign(
      Caller caller, long id, String username, String reason, Integer expectedVersion) {
    if (!caller.hasRole(Roles.TEAM_LEAD)) {
      throw new NotAllowed("Only a team lead can give a referral to someone else");
    }
    Referral referral = give(caller, id, teamMember(caller, username), reason, expectedVersion);
    notices.tellWorker(
        referral,
        referral.getAssignee(),
        referral.getToAgency(),
        "Referral "
            + referral.getId()
            + " to "
            + referral.getService().getName()
            + " was given to you by "
            + caller.getDisplayName());
    return referral;
  }

  /**
   * A team lead moves a referral to a worker of the team (checked by {@link #teamMember}); the
   * caller tells the worker, once for a whole batch. The move is in the referral's history, the
   * audit trail and the person's chronology.
   */
  public Referral give(
      Caller caller, long id, StaffMember worker, String reason, Integer expectedVersion) {
    if (!caller.hasRole(Roles.TEAM_LEAD)) {
      throw new NotAllowed("Only a team lead can give a referral to someone else");
    }
    Referral referral = open(caller, id, expectedVersion);
    if (worker.username().equals(referral.getAssignee())) {
      throw InvalidInput.of(
          "assignee", "Referral " + id + " is already with " + worker.displayName());
    }
    moveTo(referral, caller, worker.username(), worker.displayName(), "ASSIGNED", reason);
    chronicle.add(
        referral.getPerson().getId(),
        caller,
        referral.getService().getSensitivity(),
        "Referral to "
            + referral.getService().getName()
            + " moved to "
            + worker.displayName()
            + " by "
            + caller.getDisplayName(),
        clock.instant());
    return referral;
  }

  /** An active caseworker of the caller's agency, or a message next to the field. */
  public StaffMember teamMember(Caller caller, String username) {
    return staff
        .member(username == null ? "" : username)
        .filter(m -> m.active() && m.caseworker() && caller.belongsTo(m.agency()))
        .orElseThrow(
            () ->
                InvalidInput.of(
                    "assignee",
                    "Choose someone who works in "
                        + directory.agencyName(caller.getAgency())
                        + " and is active"));
  }

  /** The assignee (or a team lead) puts a referral back in the team's unassigned queue. */
  public Referral handBack(Caller caller, long id, Integer expectedVersion) {
    Referral referral = open(caller, id, expectedVersion);
    boolean own = caller.getUsername().equals(referral.getAssignee());
    if (!own && !caller.hasRole(Roles.TEAM_LEAD)) {
      throw new NotAllowed("Only the worker who has this referral or a team lead can hand it back");
    }
    if (referral.getAssignee() == null) {
      throw new Conflict("Nobody has this referral: it is already in the team's queue");
    }
    moveTo(referral, caller, null, null, "HANDED_BACK", null);
    return referral;
  }

  private Referral open(Caller caller, long id, Integer expectedVersion) {
    Referral referral = finder.actionable(caller, id, expectedVersion);
    if (!referral.isReceivedBy(caller)) {
      throw new NotAllowed(
          "Only a worker of " + directory.agencyName(referral.getToAgency()) + " can take it on");
    }
    if (!referral.getStatus().isOpen()) {
      throw new Conflict(
          "This referral is "
              + referral.getStatus().getLabel().toLowerCase()
              + ": nobody works it");
    }
    return referral;
  }

  private void moveTo(
      Referral referral,
      Caller caller,
      String username,
      String displayName,
      String action,
      String note) {
    String before = referral.getAssigneeName();
    if (username == null) {
      referral.handBack();
    } else {
      referral.assignTo(username, displayName);
    }
    Instant now = clock.instant();
    referral.touched(now);
    process.assign(referral);
    String what =
        Words.holder(before, displayName)
            + (note == null || note.isBlank() ? "" : ": " + note.strip());
    history.record(referral, caller, action, null, what, now);
    audit.record(caller, "REFERRAL_" + action, "referral", referral.getId(), what);
  }

  /**
   * One page of the referrals to the caller's agency, oldest change first, after the position
   * {@code (afterAt, afterId)} of the previous page's last one. Without {@code since} only open
   * work; with it every referral changed since then, closed ones too, so a system following the
   * agency's work hears when something leaves it.
   */
  public ChangedReferrals changes(
      Caller caller, Instant since, Instant afterAt, long afterId, int limit) {
    Access.requireCaseworker(caller);
    List<Object[]> rows =
        Sql.rows(
            em,
            "select r.id, r.changed_at from referral r where r.to_agency = ?1"
                + " and (r.changed_at, r.id) > (cast(?2 as timestamptz), ?3)"
                + " and r.changed_at >= cast(?4 as timestamptz)"
                + (since == null ? " and r.status in " + OPEN : "")
                + " order by r.changed_at, r.id limit ?5",
            caller.getAgency(),
            afterAt == null ? Instant.EPOCH : afterAt,
            afterId,
            since == null ? Instant.EPOCH : since,
            limit);
    if (rows.isEmpty()) {
      return new ChangedReferrals(List.of(), null);
    }
    List<Long> ids = rows.stream().map(r -> Sql.id(r[0])).toList();
    Map<Long, Referral> byId = new HashMap<>();
    for (Referral r :
        em.createNamedQuery("Referral.byIds", Referral.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byId.put(r.getId(), r);
    }
    List<Referral> found = ids.stream().map(byId::get).toList();
    Referrals.listed(audit, caller, found);
    return new ChangedReferrals(found, Sql.instant(rows.get(rows.size() - 1)[1]));
  }

  private List<Referral> list(Caller caller, String where, Object... params) {
    Access.requireCaseworker(caller);
    @SuppressWarnings("unchecked")
    List<Long> ids =
        Sql.query(
                em,
                "select r.id from referral r"
                    + WhenDue.TARGET
                    + " where "
                    + where
                    + " order by coalesce(r.acknowledge_due_at, r.created_at), r.id limit "
                    + MAX_LISTED,
                params)
            .getResultList()
            .stream()
            .map(Sql::id)
            .toList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<Referral> found =
        em.createNamedQuery("Referral.byIds", Referral.class)
            .setParameter("ids", ids)
            .getResultList();
    Referrals.listed(audit, caller, found);
    return found;
  }
}
