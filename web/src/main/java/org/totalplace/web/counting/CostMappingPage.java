package org.totalplace.web.counting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.totalplace.counting.boundary.CostMapping;
import org.totalplace.counting.entity.CostBasis;
import org.totalplace.counting.entity.CostRule;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.MappingVersion;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.web.platform.Pages;

/**
 * What counts as a cost event: the rules in force in words, the history of versions, and a form to
 * add, change or remove a rule. The page keeps the version it was opened at; a change made
 * meanwhile by someone else is reported, never overwritten.
 */
@Named
@ViewScoped
public class CostMappingPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject CostMapping mapping;
  @Inject Directory directory;
  @Inject Caller me;

  private Long rule;
  private CostMapping.Mapping current;
  private List<CostMapping.Choice> statusChoices;
  private List<Service> services;

  private CostRule editing;
  private CostSource source = CostSource.REFERRAL;
  private Long serviceId;
  private String statusKey;
  private String phrase;
  private String recordedBy;
  private String unitCost;
  private CostBasis basis = CostBasis.EACH;
  private String borneBy;

  public void load() {
    current = mapping.current(me);
    statusChoices = mapping.statusChoices();
    services = directory.services();
    if (rule != null && isKeeper() && editing == null) {
      editing =
          current.rules().stream()
              .map(CostMapping.Rule::rule)
              .filter(r -> r.getId().equals(rule))
              .findFirst()
              .orElse(null);
      if (editing == null) {
        Pages.error("That rule is no longer in force: someone may have changed it. Start again.");
      } else {
        RuleDraft d = editing.draft();
        source = d.source();
        serviceId = d.serviceId();
        statusKey = d.statusKey();
        phrase = d.phrase();
        recordedBy = d.recordedBy();
        unitCost = d.unitCostCode();
        basis = d.basis();
        borneBy = d.borneBy();
      }
    }
  }

  public String save() {
    RuleDraft draft =
        new RuleDraft(source, serviceId, statusKey, phrase, recordedBy, unitCost, basis, borneBy);
    try {
      MappingVersion made =
          editing == null
              ? mapping.add(me, draft, current.version())
              : mapping.change(me, editing.getId(), draft, current.version());
      Pages.done("Saved as mapping version " + made.getNumber() + ". " + made.getWhat());
      return "/counting/mapping.xhtml?faces-redirect=true";
    } catch (InvalidInput problems) {
      Pages.show("rule", problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public String remove(long ruleId) {
    try {
      MappingVersion made = mapping.remove(me, ruleId, current.version());
      Pages.done("Saved as mapping version " + made.getNumber() + ". " + made.getWhat());
      return "/counting/mapping.xhtml?faces-redirect=true";
    } catch (Conflict | NotAllowed | NotFound e) {
      Pages.error(e.getMessage());
    }
    return null;
  }

  public boolean isKeeper() {
    return me.hasRole(Roles.ANALYST) || me.hasRole(Roles.AGENCY_ADMIN);
  }

  public CostMapping.Mapping getCurrent() {
    return current;
  }

  public CostRule getEditing() {
    return editing;
  }

  public List<CostMapping.Choice> getStatusChoices() {
    return statusChoices;
  }

  public List<Service> getServices() {
    return services;
  }

  public Map<String, String> getAgencies() {
    return directory.agencies();
  }

  public CostSource[] getSources() {
    return CostSource.values();
  }

  public CostBasis[] getBases() {
    return CostBasis.values();
  }

  public Long getRule() {
    return rule;
  }

  public void setRule(Long rule) {
    this.rule = rule;
  }

  public CostSource getSource() {
    return source;
  }

  public void setSource(CostSource source) {
    this.source = source;
  }

  public Long getServiceId() {
    return serviceId;
  }

  public void setServiceId(Long serviceId) {
    this.serviceId = serviceId;
  }

  public String getStatusKey() {
    return statusKey;
  }

  public void setStatusKey(String statusKey) {
    this.statusKey = statusKey;
  }

  public String getPhrase() {
    return phrase;
  }

  public void setPhrase(String phrase) {
    this.phrase = phrase;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public String getUnitCost() {
    return unitCost;
  }

  public void setUnitCost(String unitCost) {
    this.unitCost = unitCost;
  }

  public CostBasis getBasis() {
    return basis;
  }

  public void setBasis(CostBasis basis) {
    this.basis = basis;
  }

  public String getBorneBy() {
    return borneBy;
  }

  public void setBorneBy(String borneBy) {
    this.borneBy = borneBy;
  }
}
