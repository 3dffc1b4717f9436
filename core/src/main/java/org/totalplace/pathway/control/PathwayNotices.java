package org.totalplace.pathway.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.totalplace.mail.control.Emails;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.platform.control.Sql;
import org.totalplace.staff.boundary.StaffList;
import org.totalplace.staff.entity.StaffMember;

/** Tells the lead professional and the agencies with steps what the plan needs from them. */
@Stateless
public class PathwayNotices {

  @PersistenceContext EntityManager em;
  @Inject StaffList staff;
  @Inject Emails emails;

  Clock clock = Clock.systemUTC();

  public void tellLead(Pathway pathway, String message) {
    insert(pathway, pathway.getLeadAgency(), pathway.getLeadUsername(), false, message);
    staff.member(pathway.getLeadUsername()).ifPresent(m -> email(m, pathway, message));
  }

  public void tellAgency(Pathway pathway, String agency, String message) {
    insert(pathway, agency, null, false, message);
  }

  public void tellTeamLeads(Pathway pathway, String agency, String message) {
    insert(pathway, agency, null, true, message);
    for (StaffMember lead : staff.leadsOf(agency)) {
      email(lead, pathway, message);
    }
  }

  private void insert(
      Pathway pathway, String agency, String username, boolean leads, String message) {
    Sql.update(
        em,
        "insert into notice (agency, person_id, kind, message, created_at, created_by,"
            + " from_agency, to_username, to_team_leads, pathway_id)"
            + " values (?1, ?2, 'PATHWAY', ?3, ?4, 'Totalplace', ?5, ?6, ?7, ?8)",
        agency,
        pathway.getPersonId(),
        message,
        clock.instant(),
        pathway.getLeadAgency(),
        username,
        leads,
        pathway.getId());
  }

  private void email(StaffMember to, Pathway pathway, String message) {
    emails.queue(
        to.email(),
        "Totalplace: pathway " + pathway.getId() + " needs attention",
        "Hello "
            + to.displayName()
            + ",\n\n"
            + message
            + "\n\nSign in to see the plan: "
            + emails.link("/pathway.xhtml?id=" + pathway.getId())
            + "\n\nThis email leaves out who the plan is for on purpose.\n");
  }
}
