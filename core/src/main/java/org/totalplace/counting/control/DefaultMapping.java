package org.totalplace.counting.control;

import static org.totalplace.counting.entity.CostBasis.EACH;
import static org.totalplace.counting.entity.CostBasis.PER_MONTH;
import static org.totalplace.counting.entity.CostBasis.PER_WEEK;
import static org.totalplace.counting.entity.CostBasis.PER_YEAR;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.counting.entity.CostBasis;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.RuleDraft;

/**
 * The first cost mapping of a new place, from the services and pathways every place starts with to
 * GMCA unit costs. It is a starting point the analyst is expected to review: the README lists the
 * choices (custody is borne by probation, as the place has no prison of its own; a release without
 * accommodation counts a statutory homelessness application).
 */
@Dependent
public class DefaultMapping {

  @PersistenceContext EntityManager em;

  public List<RuleDraft> rules() {
    List<RuleDraft> rules = new ArrayList<>();
    referral(rules, "housing", "Housing options and homelessness", "HO3.0.2", EACH);
    referral(rules, "probation", "Probation supervision", "CR3.2", PER_YEAR);
    referral(rules, "drug-alcohol", "Drug and alcohol treatment", "HE2.2", PER_YEAR);
    referral(rules, "health", "Community mental health", "HE16.0", EACH);
    referral(rules, "health", "GP registration and primary care", "HE20.2", EACH);
    referral(rules, "jobcentre", "Benefits and work support", "E&E1.9", EACH);
    rules.add(rule(CostSource.CUSTODY, "SENTENCED", null, null, "CR3.1", PER_MONTH, "probation"));
    rules.add(rule(CostSource.CUSTODY, "ON_REMAND", null, null, "CR3.1", PER_MONTH, "probation"));
    rules.add(rule(CostSource.CUSTODY, "ON_LICENCE", null, null, "CR3.2", PER_YEAR, "probation"));
    rules.add(missed("PRISON_RELEASE:accommodation", "HO3.0", "housing"));
    rules.add(missed("PRISON_RELEASE:supervision", "CR3.2", "probation"));
    rules.add(missed("PRISON_RELEASE:benefits", "E&E1.6", "jobcentre"));
    rules.add(missed("LEAVING_CARE:accommodation", "HO3.0", "housing"));
    rules.add(
        rule(CostSource.ADDRESS, null, "bed and breakfast", null, "HO4.1", PER_WEEK, "housing"));
    rules.add(rule(CostSource.ADDRESS, null, "hostel", null, "HO4.0", PER_WEEK, "housing"));
    rules.add(rule(CostSource.ENTRY, null, "arrest", "police", "CR7.0", EACH, "police"));
    rules.add(rule(CostSource.ENTRY, null, "attended a call", "police", "CR1.1", EACH, "police"));
    rules.add(rule(CostSource.ENTRY, null, "A&E", "health", "HE4.0", EACH, "health"));
    return rules;
  }

  /** A referral rule, when the place has the service. */
  private void referral(
      List<RuleDraft> rules, String agency, String service, String code, CostBasis basis) {
    em.createNativeQuery("select id from service where agency_code = ?1 and name = ?2")
        .setParameter(1, agency)
        .setParameter(2, service)
        .getResultStream()
        .findFirst()
        .ifPresent(
            id ->
                rules.add(
                    new RuleDraft(
                        CostSource.REFERRAL,
                        ((Number) id).longValue(),
                        null,
                        null,
                        null,
                        code,
                        basis,
                        agency)));
  }

  private static RuleDraft missed(String step, String code, String borneBy) {
    return rule(CostSource.STEP_MISSED, step, null, null, code, EACH, borneBy);
  }

  private static RuleDraft rule(
      CostSource source,
      String statusKey,
      String phrase,
      String recordedBy,
      String code,
      CostBasis basis,
      String borneBy) {
    return new RuleDraft(source, null, statusKey, phrase, recordedBy, code, basis, borneBy);
  }
}
