package org.totalplace.counting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Locale;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.person.entity.CustodyStatus;

/** A cost rule as one sentence an analyst or a team lead can check. */
@Dependent
public class RuleWords {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;

  public String says(RuleDraft r) {
    return what(r)
        + " counts "
        + r.unitCostCode()
        + " "
        + r.basis().getLabel()
        + ", borne by "
        + directory.agencyName(r.borneBy())
        + ".";
  }

  private String what(RuleDraft r) {
    return switch (r.source()) {
      case REFERRAL -> "A referral accepted by " + serviceName(r.serviceId());
      case CUSTODY ->
          "A spell "
              + Arrays.stream(CustodyStatus.values())
                  .filter(s -> s.name().equals(r.statusKey()))
                  .map(s -> s.getLabel().toLowerCase(Locale.ROOT))
                  .findFirst()
                  .orElse(r.statusKey());
      case STEP_MISSED -> "The step \"" + stepName(r.statusKey()) + "\" not in place on its day";
      case ADDRESS -> "A stay at an address with \"" + r.phrase() + "\" in it";
      case ENTRY ->
          "A chronology entry by "
              + directory.agencyName(r.recordedBy())
              + " with \""
              + r.phrase()
              + "\" in its summary";
    };
  }

  private String serviceName(Long id) {
    Service service = id == null ? null : em.find(Service.class, id);
    return service == null ? "a service" : service.getName();
  }

  private static String stepName(String key) {
    int colon = key.indexOf(':');
    String kind = key.substring(0, colon);
    return Arrays.stream(PathwayKind.values())
            .filter(k -> k.name().equals(kind))
            .map(PathwayKind::getLabel)
            .findFirst()
            .orElse(kind)
        + ": "
        + key.substring(colon + 1);
  }
}
