package org.totalplace.web.directory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.totalplace.directory.boundary.OpenReferral;
import org.totalplace.directory.boundary.Services;
import org.totalplace.directory.entity.ImportSummary;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.web.platform.Pages;

/**
 * An agency admin's services in the directory: edit one, add one, open or close one to new
 * referrals, and load or download the agency's services as an Open Referral file.
 */
@Named
@ViewScoped
public class ServiceAdmin implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Services services;
  @Inject OpenReferral openReferral;
  @Inject Caller me;

  private List<Service> mine;
  private List<TaxonomyTerm> needs;

  /** The service being edited; null while adding one, or when no form is open. */
  private Long editing;

  private ServiceForm form;
  private transient Part file;
  private ImportSummary imported;
  private static final String IMPORTED = "serviceAdmin.imported";
  private List<FieldProblem> importProblems = List.of();

  public List<Service> getMine() {
    if (mine == null) {
      mine = isAdmin() ? services.of(me, me.getAgency()) : List.of();
    }
    return mine;
  }

  public void edit(long id) {
    Service service = services.find(me, id);
    editing = id;
    form = service.toForm();
  }

  public void startAdding() {
    editing = null;
    form = new ServiceForm();
  }

  public void cancel() {
    form = null;
    editing = null;
  }

  public void save() {
    try {
      Service saved = editing == null ? services.add(me, form) : services.edit(me, editing, form);
      Pages.done("Saved: " + saved.getName());
      cancel();
      mine = null;
    } catch (InvalidInput problems) {
      Pages.show("service", problems);
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    }
  }

  public void open(long id, int version) {
    accepting(id, version, true);
  }

  public void close(long id, int version) {
    accepting(id, version, false);
  }

  private void accepting(long id, int version, boolean accepting) {
    try {
      Service service = services.accepting(me, id, accepting, version);
      Pages.done(
          service.getName()
              + (accepting ? " is open to new referrals" : " is closed to new referrals"));
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    }
    mine = null;
  }

  public void importFile() {
    imported = null;
    importProblems = List.of();
    if (file == null || file.getSize() == 0) {
      Pages.fieldError("import:file", "Choose an Open Referral JSON file to import");
      return;
    }
    if (file.getSize() > OpenReferral.MAX_CHARS) {
      Pages.fieldError("import:file", "The file is too large: import at most 5 MB at a time");
      return;
    }
    try (InputStream in = file.getInputStream()) {
      imported = openReferral.importFile(me, new String(in.readAllBytes(), StandardCharsets.UTF_8));
      Pages.done("Imported: " + imported.getHeadline());
      Pages.carry(IMPORTED, imported);
      mine = null;
    } catch (InvalidInput problems) {
      importProblems = problems.getProblems();
      Pages.fieldError(
          "import:file", "Nothing was imported: fix the problems listed below and try again");
    } catch (IOException e) {
      Pages.fieldError("import:file", "The file could not be read. Try again.");
    }
  }

  public boolean isAdmin() {
    return me.hasRole(Roles.AGENCY_ADMIN) && me.getAgency() != null;
  }

  public boolean isFormOpen() {
    return form != null;
  }

  public boolean isAdding() {
    return form != null && editing == null;
  }

  public List<TaxonomyTerm> getNeeds() {
    if (needs == null) {
      needs = services.needs(me);
    }
    return needs;
  }

  public Sensitivity[] getSensitivities() {
    return Sensitivity.values();
  }

  public ServiceForm getForm() {
    return form;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  /** This post's import, or the one before the redirect that showed this page. */
  public ImportSummary getImported() {
    return imported != null ? imported : Pages.carried(IMPORTED);
  }

  public List<FieldProblem> getImportProblems() {
    return importProblems;
  }
}
