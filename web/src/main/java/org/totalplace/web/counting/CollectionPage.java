package org.totalplace.web.counting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import org.totalplace.counting.boundary.FactsCollected;
import org.totalplace.counting.entity.Collection;
import org.totalplace.counting.entity.FinancialYear;
import org.totalplace.person.entity.Fact;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/** Facts collected twice: by fact, agency and year, and the minutes one capture takes. */
@Named
@ViewScoped
public class CollectionPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject FactsCollected facts;
  @Inject Caller me;

  private Collection collection;
  private String notCounted;
  private BigDecimal minutes;

  public void load() {
    try {
      collection = facts.of(me);
      minutes = collection.minutesPerCapture();
    } catch (NotFound e) {
      notCounted = e.getMessage();
    } catch (NotAllowed e) {
      Pages.sendError(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  public String saveMinutes() {
    try {
      facts.setMinutes(me, minutes, collection.settingVersion());
      Pages.done(
          "One capture is now reckoned at "
              + minutes.stripTrailingZeros().toPlainString()
              + " minutes");
      return "/counting/collection.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      Pages.show("minutes-form", problems);
    } catch (Conflict | NotAllowed e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public String fact(String code) {
    return Fact.valueOf(code).getLabel();
  }

  public String year(String start) {
    return FinancialYear.label(Integer.parseInt(start));
  }

  public String count(Collection.Row row, long value) {
    return row.isSuppressed() ? "<10" : String.valueOf(value);
  }

  public String hours(Collection.Row row, long captures) {
    return row.isSuppressed() ? "–" : collection.hours(captures).toPlainString();
  }

  /** The share of a row's captures (keyed again plus shared) that were shared, for its bar. */
  public int sharedShare(Collection.Row row) {
    long both = row.keyedAgain() + row.shared();
    return both == 0 || row.isSuppressed() ? 0 : (int) Math.round(100.0 * row.shared() / both);
  }

  public boolean isKeeper() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN);
  }

  public Collection getCollection() {
    return collection;
  }

  public String getNotCounted() {
    return notCounted;
  }

  public BigDecimal getMinutes() {
    return minutes;
  }

  public void setMinutes(BigDecimal minutes) {
    this.minutes = minutes;
  }
}
