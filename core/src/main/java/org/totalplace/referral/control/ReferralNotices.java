package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.totalplace.mail.control.Emails;
import org.totalplace.platform.control.Sql;
import org.totalplace.referral.entity.Referral;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;

/**
 * Tells people about a referral: a notice in their inbox in the app, and an email that says only
 * which referral needs them, never who it is about.
 */
@Stateless
public class ReferralNotices {

  @PersistenceContext EntityManager em;
  @Inject StaffList staff;
  @Inject Emails emails;

  Clock clock = Clock.systemUTC();

  /** One worker: the assignee, the sender, or someone a referral was handed to. */
  public void tellWorker(Referral referral, String username, String agency, String message) {
    insert(referral, agency, username, false, "REFERRAL", message);
    staff.member(username).ifPresent(m -> email(m, referral, message));
  }

  /** The team leads of an agency, in their shared inbox and by email. */
  public void tellTeamLeads(Referral referral, String agency, String message) {
    insert(referral, agency, null, true, "ESCALATION", message);
    for (StaffMember lead : staff.leadsOf(agency)) {
      email(lead, referral, message);
    }
  }

  /** Everyone in an agency, in the app only: a shared queue is already where they look. */
  public void tellAgency(Referral referral, String agency, String message) {
    insert(referral, agency, null, false, "REFERRAL", message);
  }

  private void insert(
      Referral referral,
      String agency,
      String username,
      boolean teamLeads,
      String kind,
      String message) {
    Sql.update(
        em,
        "insert into notice (agency, person_id, kind, message, created_at, created_by,"
            + " from_agency, to_username, to_team_leads, referral_id)"
            + " values (?1, ?2, ?3, ?4, ?5, 'Totalplace', ?6, ?7, ?8, ?9)",
        agency,
        referral.getPerson().getId(),
        kind,
        message,
        clock.instant(),
        agency.equals(referral.getToAgency()) ? referral.getFromAgency() : referral.getToAgency(),
        username,
        teamLeads,
        referral.getId());
  }

  private void email(StaffMember to, Referral referral, String message) {
    emails.queue(
        to.email(),
        "Totalplace: referral " + referral.getId() + " needs attention",
        "Hello "
            + to.displayName()
            + ",\n\n"
            + message
            + "\n\nSign in to see it: "
            + emails.link("/referral.xhtml?id=" + referral.getId())
            + "\n\nThis email leaves out who the referral is about on purpose.\n");
  }
}
