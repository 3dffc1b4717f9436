package org.totalplace.web.referral;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;
import org.totalplace.web.platform.Pages;

/** One referral as either agency sees it; the receiving agency decides it here. */
@Named
@ViewScoped
public class ReferralDetails implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A lock conflict at commit: someone else saved this referral in the same moment. */
  static final String CHANGED_MEANWHILE =
      "Someone else changed this referral while you were deciding. Nothing was saved: reload it.";

  @Inject Referrals referrals;
  @Inject Caller me;

  /** As typed in the address bar: checked in load(), so a bad one is a 404, not an empty page. */
  private String id;

  private Referral referral;
  private String declineReason;

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No referral was chosen");
      return;
    }
    try {
      referral = referrals.find(me, chosen);
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String accept() {
    return decide(() -> referrals.accept(me, referral.getId(), referral.getVersion()), "accepted");
  }

  public String decline() {
    return decide(
        () -> referrals.decline(me, referral.getId(), declineReason, referral.getVersion()),
        "declined");
  }

  /** Runs one decision; on success back to the inbox, otherwise the reason on this page. */
  private String decide(Runnable decision, String done) {
    try {
      decision.run();
      Pages.done("You " + done + " the referral for " + referral.getPerson().getFullName());
      return "/inbox.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      Pages.show("decide", problems);
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error(CHANGED_MEANWHILE);
    }
    return null;
  }

  /** Only the receiving agency's workers see the buttons; the server checks again on submit. */
  public boolean isDecidable() {
    return referral != null
        && referral.getStatus() == ReferralStatus.SENT
        && referral.isDecidableBy(me);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Referral getReferral() {
    return referral;
  }

  public String getDeclineReason() {
    return declineReason;
  }

  public void setDeclineReason(String declineReason) {
    this.declineReason = declineReason;
  }
}
