package org.totalplace.web.counting;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.totalplace.counting.boundary.DefaultCatalogue;
import org.totalplace.counting.boundary.UnitCosts;
import org.totalplace.counting.entity.CatalogueImport;
import org.totalplace.counting.entity.PriceBasis;
import org.totalplace.counting.entity.PricedCost;
import org.totalplace.counting.entity.UnitCost;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * The unit cost catalogue: searched by address (so Back, refresh and a second tab show the same
 * thing), one cost corrected at a time, and files in the GMCA layout imported.
 */
@Named
@ViewScoped
public class UnitCostCatalogue implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A page of 674 editable rows would be slow to read and to send; searching narrows it. */
  static final int SHOWN = 50;

  static final long MAX_BYTES = 5L * 1024 * 1024;

  private static final String IMPORTED = UnitCostCatalogue.class.getName() + ".imported";

  @Inject UnitCosts costs;
  @Inject Caller me;

  private String q;
  private String code;
  private List<PricedCost> found;
  private PriceBasis basis;

  private UnitCost editing;
  private BigDecimal value;
  private String priceYear;
  private String unit;

  private transient Part file;
  private String source;
  private CatalogueImport imported;

  /** Reads the search and the cost being changed from the address. */
  public void load() {
    found = costs.catalogue(me, q);
    basis = costs.basis();
    if (code != null && isKeeper() && editing == null) {
      editing =
          found.stream()
              .map(PricedCost::getCost)
              .filter(c -> c.getCode().equals(code))
              .findFirst()
              .orElse(null);
      if (editing == null) {
        Pages.error("There is no unit cost " + code + " among those searched for");
      } else {
        value = editing.getValue();
        priceYear = editing.getPriceYearLabel();
        unit = editing.getUnit();
      }
    }
  }

  public String save() {
    try {
      UnitCost saved =
          costs.change(me, editing.getCode(), value, priceYear, unit, editing.getVersion());
      Pages.done("The cost of " + saved.getCode() + " is saved");
      return "/counting/costs.xhtml?faces-redirect=true&q=" + encode(saved.getCode());
    } catch (InvalidInput problems) {
      Pages.show("change", problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    } catch (EJBTransactionRolledbackException e) {
      Pages.error("Someone else saved this cost at the same moment. Reload the page.");
    }
    return null;
  }

  public void importFile() {
    if (file == null || file.getSize() == 0) {
      Pages.fieldError("import:file", "Choose a CSV file of unit costs to import");
      return;
    }
    if (file.getSize() > MAX_BYTES) {
      Pages.fieldError("import:file", "The file is too large: import at most 5 MB at a time");
      return;
    }
    try (Reader in = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      imported = costs.importFile(me, in, source);
      Pages.done("Imported: " + imported.getHeadline());
      Pages.carry(IMPORTED, imported);
    } catch (InvalidInput problems) {
      Pages.show("import", problems);
    } catch (NotAllowed e) {
      Pages.error(e.getMessage());
    } catch (IOException e) {
      Pages.fieldError("import:file", "The file could not be read. Try again.");
    }
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  public boolean isKeeper() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN);
  }

  public List<PricedCost> getShown() {
    return found.size() > SHOWN ? found.subList(0, SHOWN) : found;
  }

  public int getFoundCount() {
    return found.size();
  }

  public boolean isMore() {
    return found.size() > SHOWN;
  }

  public PriceBasis getBasis() {
    return basis;
  }

  public String getAttribution() {
    return DefaultCatalogue.SOURCE;
  }

  /** This post's import, or the one before the redirect that showed this page. */
  public CatalogueImport getImported() {
    return imported != null ? imported : Pages.carried(IMPORTED);
  }

  public UnitCost getEditing() {
    return editing;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(BigDecimal value) {
    this.value = value;
  }

  public String getPriceYear() {
    return priceYear;
  }

  public void setPriceYear(String priceYear) {
    this.priceYear = priceYear;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }
}
