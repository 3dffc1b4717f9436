package org.totalplace.pathway.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.totalplace.notice.control.NoticeBoard;
import org.totalplace.pathway.entity.Pathway;

/** Tells the lead professional and the agencies with steps what the plan needs from them. */
@Stateless
public class PathwayNotices {

  @Inject NoticeBoard board;

  public void tellLead(Pathway pathway, String message) {
    board.toWorker(about(pathway), pathway.getLeadAgency(), pathway.getLeadUsername(), message);
  }

  /** In the inbox only: a batch move is emailed once, by the caller. */
  public void tellWorkerInApp(Pathway pathway, String username, String message) {
    board.toWorkerInApp(about(pathway), pathway.getLeadAgency(), username, message);
  }

  public void tellAgency(Pathway pathway, String agency, String message) {
    board.toAgency(about(pathway), agency, message);
  }

  public void tellTeamLeads(Pathway pathway, String agency, String message) {
    board.toTeamLeads(about(pathway), agency, message);
  }

  private static NoticeBoard.Subject about(Pathway pathway) {
    return new NoticeBoard.Subject(
        pathway.getPersonId(),
        pathway.getLeadAgency(),
        "PATHWAY",
        null,
        pathway.getId(),
        "pathway " + pathway.getId(),
        "/pathway.xhtml?id=" + pathway.getId());
  }
}
