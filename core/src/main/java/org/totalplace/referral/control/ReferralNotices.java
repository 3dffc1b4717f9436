package org.totalplace.referral.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.totalplace.notice.control.NoticeBoard;
import org.totalplace.referral.entity.Referral;

/** Tells people about a referral, through the notice board. */
@Stateless
public class ReferralNotices {

  @Inject NoticeBoard board;

  /** One worker: the assignee, the sender, or someone a referral was handed to. */
  public void tellWorker(Referral referral, String username, String agency, String message) {
    board.toWorker(about(referral, agency), agency, username, message);
  }

  /** The team leads of an agency, in their shared inbox and by email. */
  /** In the inbox only: a batch move is emailed once, by the caller. */
  public void tellWorkerInApp(Referral referral, String username, String message) {
    board.toWorkerInApp(
        about(referral, referral.getToAgency()), referral.getToAgency(), username, message);
  }

  public void tellTeamLeads(Referral referral, String agency, String message) {
    board.toTeamLeads(about(referral, agency), agency, message);
  }

  public void tellAgency(Referral referral, String agency, String message) {
    board.toAgency(about(referral, agency), agency, message);
  }

  private static NoticeBoard.Subject about(Referral referral, String toldAgency) {
    return new NoticeBoard.Subject(
        referral.getPerson().getId(),
        toldAgency.equals(referral.getToAgency())
            ? referral.getFromAgency()
            : referral.getToAgency(),
        "REFERRAL",
        referral.getId(),
        null,
        "referral " + referral.getId(),
        "/referral.xhtml?id=" + referral.getId());
  }
}
