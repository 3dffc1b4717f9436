package org.totalplace.caseload.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.caseload.control.CaseloadRows;
import org.totalplace.caseload.entity.CaseType;
import org.totalplace.caseload.entity.ContractedHours;
import org.totalplace.caseload.entity.RiskTier;
import org.totalplace.caseload.entity.Weights;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The workload measure of the caller's agency, which its admin sets: points per case type and risk
 * tier, the full-time week, and each caseworker's contracted hours. Team leads may read it, to
 * explain the percentages on their dashboard.
 */
@Stateless
public class WorkloadSettings {

  static final BigDecimal MAX_POINTS = BigDecimal.valueOf(100);
  static final BigDecimal MAX_HOURS = BigDecimal.valueOf(60);
  static final BigDecimal MAX_CAPACITY = BigDecimal.valueOf(1000);

  @PersistenceContext EntityManager em;
  @Inject CaseloadRows rows;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public Weights of(Caller caller) {
    if (caller.getAgency() == null
        || !(caller.hasRole(Roles.AGENCY_ADMIN) || caller.hasRole(Roles.TEAM_LEAD))) {
      throw new NotAllowed("Only agency admins and team leads see the workload measure");
    }
    Object[] setting = rows.setting(caller.getAgency());
    Map<CaseType, Map<RiskTier, BigDecimal>> points = new EnumMap<>(CaseType.class);
    for (Object[] r :
        Sql.rows(
            em,
            "select case_type, risk_tier, points from workload_weight where agency = ?1",
            caller.getAgency())) {
      points
          .computeIfAbsent(Sql.constant(CaseType.class, r[0]), t -> new EnumMap<>(RiskTier.class))
          .put(Sql.constant(RiskTier.class, r[1]), (BigDecimal) r[2]);
    }
    List<Weights.Row> table = new ArrayList<>();
    for (CaseType type : CaseType.values()) {
      Map<RiskTier, BigDecimal> byTier = points.getOrDefault(type, Map.of());
      table.add(
          new Weights.Row(
              type,
              byTier.getOrDefault(RiskTier.HIGH, BigDecimal.ZERO),
              byTier.getOrDefault(RiskTier.MEDIUM, BigDecimal.ZERO),
              byTier.getOrDefault(RiskTier.LOW, BigDecimal.ZERO)));
    }
    return new Weights(
        (BigDecimal) setting[0],
        (BigDecimal) setting[1],
        table,
        Sql.instant(setting[2]),
        Sql.text(setting[3]),
        ((Number) setting[4]).intValue());
  }

  /** Saves the whole measure at once, against the version the form loaded. */
  public void change(Caller caller, Weights weights) {
    requireAdmin(caller);
    List<FieldProblem> problems = new ArrayList<>();
    check(problems, "fullTimeHours", "Full-time hours", weights.getFullTimeHours(), MAX_HOURS);
    check(
        problems, "fullTimePoints", "Full-time points", weights.getFullTimePoints(), MAX_CAPACITY);
    for (Weights.Row row : weights.getRows()) {
      for (RiskTier tier : RiskTier.values()) {
        BigDecimal points = row.points(tier);
        if (points == null || points.signum() < 0 || points.compareTo(MAX_POINTS) > 0) {
          problems.add(
              new FieldProblem(
                  row.getType().name() + "." + tier.name(),
                  row.getType().getLabel()
                      + ", "
                      + tier.getLabel().toLowerCase()
                      + " risk: give points from 0 to 100"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    int changed =
        Sql.update(
            em,
            "update workload_setting set full_time_hours = ?1, full_time_points = ?2, updated_at"
                + " = ?3, updated_by = ?4, version = version + 1 where agency = ?5 and version ="
                + " ?6",
            weights.getFullTimeHours(),
            weights.getFullTimePoints(),
            clock.instant(),
            caller.getDisplayName(),
            caller.getAgency(),
            weights.getVersion());
    if (changed == 0) {
      throw Conflict.staleVersion(
          "Someone else has changed the workload measure since you opened it. Reload the page.");
    }
    StringBuilder after = new StringBuilder();
    for (Weights.Row row : weights.getRows()) {
      for (RiskTier tier : RiskTier.values()) {
        Sql.update(
            em,
            "insert into workload_weight (agency, case_type, risk_tier, points) values (?1, ?2,"
                + " ?3, ?4) on conflict (agency, case_type, risk_tier) do update set points = ?4",
            caller.getAgency(),
            row.getType(),
            tier,
            row.points(tier));
        after.append(row.getType()).append('/').append(tier).append('=');
        after.append(row.points(tier).stripTrailingZeros().toPlainString()).append(' ');
      }
    }
    audit.record(
        caller,
        "WORKLOAD_MEASURE_CHANGED",
        "agency",
        null,
        caller.getAgency()
            + ": full time "
            + weights.getFullTimeHours()
            + " h = "
            + weights.getFullTimePoints()
            + " points; "
            + after.toString().strip());
  }

  /** The agency's caseworkers and their contracted hours, for the admin to keep. */
  public List<ContractedHours> hours(Caller caller) {
    requireAdmin(caller);
    return Sql.rows(
            em,
            "select username, display_name, contracted_hours, version from staff where agency ="
                + " ?1 and active and caseworker order by display_name",
            caller.getAgency())
        .stream()
        .map(
            r ->
                new ContractedHours(
                    Sql.text(r[0]), Sql.text(r[1]), (BigDecimal) r[2], ((Number) r[3]).intValue()))
        .toList();
  }

  public void changeHours(Caller caller, String username, BigDecimal hours, int version) {
    requireAdmin(caller);
    List<FieldProblem> problems = new ArrayList<>();
    check(problems, "hours", "Contracted hours", hours, MAX_HOURS);
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    int changed =
        Sql.update(
            em,
            "update staff set contracted_hours = ?1, version = version + 1 where username = ?2"
                + " and agency = ?3 and version = ?4",
            hours,
            username,
            caller.getAgency(),
            version);
    if (changed == 0) {
      if (Sql.rows(
              em,
              "select 1 from staff where username = ?1 and agency = ?2",
              username,
              caller.getAgency())
          .isEmpty()) {
        throw new NotFound("There is nobody called " + username + " in your agency");
      }
      throw Conflict.staleVersion(
          "Someone else has changed these hours since you opened the page. Reload it.");
    }
    audit.record(
        caller, "CONTRACTED_HOURS_CHANGED", "staff", null, username + ": " + hours + " h a week");
  }

  private static void check(
      List<FieldProblem> problems, String field, String label, BigDecimal value, BigDecimal max) {
    if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
      problems.add(
          new FieldProblem(
              field, label + ": give a number above 0 and up to " + max.toPlainString()));
    }
  }

  private static void requireAdmin(Caller caller) {
    if (!caller.hasRole(Roles.AGENCY_ADMIN) || caller.getAgency() == null) {
      throw new NotAllowed("Only an agency admin changes the workload measure");
    }
  }
}
