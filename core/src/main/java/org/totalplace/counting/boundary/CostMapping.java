package org.totalplace.counting.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.counting.control.RuleCheck;
import org.totalplace.counting.control.RuleWords;
import org.totalplace.counting.entity.CostRule;
import org.totalplace.counting.entity.MappingVersion;
import org.totalplace.counting.entity.RuleDraft;
import org.totalplace.pathway.control.PlanSteps;
import org.totalplace.pathway.entity.PathwayKind;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;

/**
 * What counts as a cost event: the analyst's rules from things the platform records to unit costs.
 * Every change makes a new mapping version, checked against the version the page was opened at, so
 * two analysts changing the mapping at once are told rather than one undoing the other.
 */
@Stateless
public class CostMapping {

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject RuleCheck check;
  @Inject RuleWords words;
  @Inject PlanSteps steps;

  Clock clock = Clock.systemUTC();

  /** The rules in force, with what each says in words, and every version so far. */
  public record Mapping(int version, List<Rule> rules, List<MappingVersion> history) {}

  /** A rule in force, and its sentence. */
  public record Rule(CostRule rule, String says) {}

  /** A value a rule's test can take, and how it is said. */
  public record Choice(String value, String label) implements java.io.Serializable {}

  /** The statuses a custody rule and the steps a missed-step rule can name. */
  public List<Choice> statusChoices() {
    List<Choice> choices = new java.util.ArrayList<>();
    for (CustodyStatus s : CustodyStatus.values()) {
      if (s != CustodyStatus.NOT_IN_CUSTODY) {
        choices.add(new Choice(s.name(), "Custody: " + s.getLabel()));
      }
    }
    for (PathwayKind kind : PathwayKind.values()) {
      for (PlanSteps.Step step : steps.of(kind)) {
        choices.add(
            new Choice(kind.name() + ":" + step.key(), kind.getLabel() + ": " + step.title()));
      }
    }
    return choices;
  }

  public Mapping current(Caller caller) {
    PriceYears.requireReader(caller);
    List<MappingVersion> history =
        em.createNamedQuery("MappingVersion.history", MappingVersion.class).getResultList();
    List<Rule> rules =
        em.createNamedQuery("CostRule.current", CostRule.class).getResultList().stream()
            .map(r -> new Rule(r, words.says(r.draft())))
            .toList();
    return new Mapping(history.isEmpty() ? 0 : history.get(0).getNumber(), rules, history);
  }

  /** Adds a rule; figures computed from now on count it. */
  public MappingVersion add(Caller caller, RuleDraft draft, int expectedVersion) {
    PriceYears.requireKeeper(caller);
    RuleDraft checked = check.checked(draft);
    MappingVersion version = next(caller, expectedVersion, "Added: " + words.says(checked));
    em.persist(new CostRule(checked, version.getNumber()));
    return version;
  }

  /** Replaces a rule by its changed form: the old one stays in the history, ended. */
  public MappingVersion change(Caller caller, long ruleId, RuleDraft draft, int expectedVersion) {
    PriceYears.requireKeeper(caller);
    RuleDraft checked = check.checked(draft);
    CostRule old = inForce(ruleId);
    MappingVersion version =
        next(
            caller,
            expectedVersion,
            "Changed: " + words.says(old.draft()) + " Now: " + words.says(checked));
    old.endAt(version.getNumber());
    em.persist(new CostRule(checked, version.getNumber()));
    return version;
  }

  /** Ends a rule: figures computed from now on no longer count it. */
  public MappingVersion remove(Caller caller, long ruleId, int expectedVersion) {
    PriceYears.requireKeeper(caller);
    CostRule old = inForce(ruleId);
    MappingVersion version = next(caller, expectedVersion, "Removed: " + words.says(old.draft()));
    old.endAt(version.getNumber());
    return version;
  }

  /** Makes the first mapping of a new place, for the platform rather than a person. */
  public MappingVersion first(String by, String what, List<RuleDraft> rules) {
    MappingVersion version = new MappingVersion(1, clock.instant(), by, what);
    em.persist(version);
    em.flush();
    rules.forEach(r -> em.persist(new CostRule(check.checked(r), 1)));
    return version;
  }

  private CostRule inForce(long ruleId) {
    CostRule rule = em.find(CostRule.class, ruleId);
    if (rule == null || rule.getToVersion() != null) {
      throw new NotFound("There is no cost rule " + ruleId + " in force");
    }
    return rule;
  }

  /** The next version, taken under a lock so that two changes cannot both become version n+1. */
  private MappingVersion next(Caller caller, int expectedVersion, String what) {
    em.createNativeQuery("select pg_advisory_xact_lock(hashtext('cost mapping'))")
        .getSingleResult();
    List<MappingVersion> latest =
        em.createNamedQuery("MappingVersion.history", MappingVersion.class)
            .setMaxResults(1)
            .setLockMode(LockModeType.NONE)
            .getResultList();
    int now = latest.isEmpty() ? 0 : latest.get(0).getNumber();
    if (now != expectedVersion) {
      throw Conflict.staleVersion(
          "Someone else has changed the cost mapping since you opened the page (it is now version "
              + now
              + "). Reload and try again.");
    }
    MappingVersion version =
        new MappingVersion(now + 1, clock.instant(), caller.getDisplayName(), what);
    em.persist(version);
    em.flush();
    audit.record(caller, "COST_MAPPING_CHANGED", "cost-mapping", (long) version.getNumber(), what);
    return version;
  }
}
