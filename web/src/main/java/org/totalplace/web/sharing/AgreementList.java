package org.totalplace.web.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.SharingAgreements;
import org.totalplace.sharing.entity.AgreementForm;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.sharing.entity.SharingAgreement;
import org.totalplace.web.platform.Pages;

/** The sharing agreements of the place; an agency admin adds and ends their agency's lines. */
@Named
@ViewScoped
public class AgreementList implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject SharingAgreements agreements;
  @Inject Directory directory;
  @Inject Caller me;

  private List<SharingAgreement> all;
  private AgreementForm form = newForm();

  private static AgreementForm newForm() {
    AgreementForm form = new AgreementForm();
    form.setValidFrom(LocalDate.now());
    return form;
  }

  public List<SharingAgreement> getAll() {
    if (all == null) {
      all = agreements.all(me);
    }
    return all;
  }

  public void add() {
    try {
      agreements.add(me, form);
      Pages.done("Agreement added: it applies from " + form.getValidFrom());
      form = newForm();
      all = null;
    } catch (InvalidInput problems) {
      Pages.show("agreement", problems);
    }
  }

  public void end(long id, int version) {
    try {
      agreements.end(me, id, null, version);
      Pages.done("Agreement ended: it no longer applies");
    } catch (Conflict e) {
      Pages.error(e.getMessage());
    } catch (InvalidInput problems) {
      Pages.error(problems.getMessage());
    }
    all = null;
  }

  public boolean mayChange(SharingAgreement agreement) {
    return me.hasRole(Roles.AGENCY_ADMIN) && me.belongsTo(agreement.fromAgency());
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN) && me.getAgency() != null;
  }

  public boolean inForce(SharingAgreement agreement) {
    return agreement.isInForceOn(LocalDate.now());
  }

  public Map<String, String> getAgencies() {
    return directory.agencies();
  }

  public Sensitivity[] getSensitivities() {
    return Sensitivity.values();
  }

  public LawfulBasis[] getBases() {
    return LawfulBasis.values();
  }

  public AgreementForm getForm() {
    return form;
  }
}
