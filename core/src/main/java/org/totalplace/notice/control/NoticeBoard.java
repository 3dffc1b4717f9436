package org.totalplace.notice.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.totalplace.mail.control.Emails;
import org.totalplace.platform.control.Sql;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;

/**
 * Posts a notice to a worker, to an agency or to its team leads, and emails the people it names. An
 * email says only which piece of work needs them and links to it, never who it is about.
 */
@Stateless
public class NoticeBoard {

  /**
   * What a notice is about: the person (for the inbox), the agency on the other side, the referral
   * or pathway, and how the email names it and where it links (e.g. "referral 12").
   */
  public record Subject(
      long personId,
      String otherAgency,
      String kind,
      Long referralId,
      Long pathwayId,
      String name,
      String link) {}

  @PersistenceContext EntityManager em;
  @Inject StaffList staff;
  @Inject Emails emails;

  Clock clock = Clock.systemUTC();

  public void toWorker(Subject about, String agency, String username, String message) {
    post(about, about.kind(), agency, username, false, message);
    staff.member(username).ifPresent(m -> email(m, about, message));
  }

  /** A notice in the worker's inbox only, for a batch that is emailed once. */
  public void toWorkerInApp(Subject about, String agency, String username, String message) {
    post(about, about.kind(), agency, username, false, message);
  }

  /** One email to a worker about several pieces of work, linking to where they are listed. */
  public void emailWorker(String username, String what, String link, String message) {
    staff
        .member(username)
        .ifPresent(m -> email(m, new Subject(0, null, null, null, null, what, link), message));
  }

  public void toTeamLeads(Subject about, String agency, String message) {
    post(about, "ESCALATION", agency, null, true, message);
    for (StaffMember lead : staff.leadsOf(agency)) {
      email(lead, about, message);
    }
  }

  /** Everyone in an agency, in the app only: a shared queue is already where they look. */
  public void toAgency(Subject about, String agency, String message) {
    post(about, about.kind(), agency, null, false, message);
  }

  private void post(
      Subject about,
      String kind,
      String agency,
      String username,
      boolean teamLeads,
      String message) {
    Sql.update(
        em,
        "insert into notice (agency, person_id, kind, message, created_at, created_by,"
            + " from_agency, to_username, to_team_leads, referral_id, pathway_id)"
            + " values (?1, ?2, ?3, ?4, ?5, 'Totalplace', ?6, ?7, ?8, cast(?9 as bigint),"
            + " cast(?10 as bigint))",
        agency,
        about.personId(),
        kind,
        message,
        clock.instant(),
        about.otherAgency(),
        username,
        teamLeads,
        about.referralId(),
        about.pathwayId());
  }

  private void email(StaffMember to, Subject about, String message) {
    emails.queue(
        to.email(),
        "Totalplace: " + about.name() + " needs attention",
        "Hello "
            + to.displayName()
            + ",\n\n"
            + message
            + "\n\nSign in to see it: "
            + emails.link(about.link())
            + "\n\nThis email leaves out who it is about on purpose.\n");
  }
}
