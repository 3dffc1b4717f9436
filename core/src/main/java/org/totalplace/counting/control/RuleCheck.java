package org.totalplace.counting.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.totalplace.counting.entity.CostSource;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.counting.entity.UnitCost;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.control.PlanSteps;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

/**
 * Whether a cost rule can price anything: each source needs its own test (a referral its service, a
 * custody spell its status, a missed step its pathway step, an address or entry its phrase), and
 * the unit cost and the agency bearing it must exist. Problems are named by field.
 */
@Dependent
public class RuleCheck {

  @PersistenceContext EntityManager em;
  @Inject Directory directory;
  @Inject PlanSteps steps;

  public RuleDraft checked(RuleDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    CostSource source = draft.source();
    if (source == null) {
      throw new InvalidInput(List.of(new FieldProblem("source", "Choose what is counted")));
    }
    String phrase = blankToNull(draft.phrase());
    String statusKey = blankToNull(draft.statusKey());
    String recordedBy = blankToNull(draft.recordedBy());
    String code = blankToNull(draft.unitCostCode());
    if (code == null || em.find(UnitCost.class, code) == null) {
      problems.add(
          new FieldProblem(
              "unitCost", "Give the code of a unit cost in the catalogue, such as HO4.1"));
    }
    if (draft.basis() == null || !source.getBases().contains(draft.basis())) {
      problems.add(new FieldProblem("basis", "Choose how often it counts for this kind of event"));
    }
    if (draft.borneBy() == null || !directory.agencies().containsKey(draft.borneBy())) {
      problems.add(new FieldProblem("borneBy", "Choose the agency that bears the cost"));
    }
    if (recordedBy != null && !directory.agencies().containsKey(recordedBy)) {
      problems.add(new FieldProblem("recordedBy", "Choose an agency of the place"));
    }
    if (phrase != null && (phrase.length() < 2 || phrase.length() > 100)) {
      problems.add(new FieldProblem("phrase", "Give a phrase of 2 to 100 characters"));
    }
    switch (source) {
      case REFERRAL -> {
        if (draft.serviceId() == null || em.find(Service.class, draft.serviceId()) == null) {
          problems.add(new FieldProblem("service", "Choose the service the referral is to"));
        }
      }
      case CUSTODY -> {
        if (statusKey == null
            || statusKey.equals(CustodyStatus.NOT_IN_CUSTODY.name())
            || Arrays.stream(CustodyStatus.values()).noneMatch(s -> s.name().equals(statusKey))) {
          problems.add(new FieldProblem("statusKey", "Choose a custody status"));
        }
      }
      case STEP_MISSED -> {
        if (!isPlanStep(statusKey)) {
          problems.add(new FieldProblem("statusKey", "Choose a step of a pathway's plan"));
        }
      }
      case ADDRESS -> {
        if (phrase == null) {
          problems.add(
              new FieldProblem(
                  "phrase", "Give the phrase the address has, such as \"bed and breakfast\""));
        }
      }
      case ENTRY -> {
        if (recordedBy == null) {
          problems.add(new FieldProblem("recordedBy", "Choose the agency that records the entry"));
        }
        if (phrase == null) {
          problems.add(
              new FieldProblem(
                  "phrase", "Give the phrase the entry's summary has, such as \"A&E\""));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new RuleDraft(
        source,
        source == CostSource.REFERRAL ? draft.serviceId() : null,
        source == CostSource.CUSTODY || source == CostSource.STEP_MISSED ? statusKey : null,
        source == CostSource.ADDRESS || source == CostSource.ENTRY ? phrase : null,
        source == CostSource.ENTRY ? recordedBy : null,
        code,
        draft.basis(),
        draft.borneBy());
  }

  /** "PRISON_RELEASE:accommodation": a pathway kind and a step its deployed model has. */
  private boolean isPlanStep(String key) {
    if (key == null || !key.contains(":")) {
      return false;
    }
    String kind = key.substring(0, key.indexOf(':'));
    String step = key.substring(key.indexOf(':') + 1);
    return Arrays.stream(PathwayKind.values())
        .filter(k -> k.name().equals(kind))
        .anyMatch(k -> steps.of(k).stream().anyMatch(s -> s.key().equals(step)));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
