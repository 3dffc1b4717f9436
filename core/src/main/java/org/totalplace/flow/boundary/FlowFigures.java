package org.totalplace.flow.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.flow.control.FlowCache;
import org.totalplace.flow.control.FlowQueries;
import org.totalplace.flow.entity.Declines;
import org.totalplace.flow.entity.FlowReport;
import org.totalplace.flow.entity.FlowView;
import org.totalplace.flow.entity.Handoffs;
import org.totalplace.flow.entity.Period;
import org.totalplace.flow.entity.WeekPoint;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.referral.control.WorkingHours;

/**
 * Flow figures for team leads, agency admins and the data-protection officer. The figures hold no
 * one's details, but small numbers can point at a person: between two agencies the viewer is not
 * one of, fewer than five referrals show as "fewer than 5". A viewer's own agency's handoffs are
 * shown in full.
 */
@Stateless
public class FlowFigures {

  /** Longer periods are for the benchmark, not a page: five years covers any review. */
  static final int MAX_DAYS = 5 * 366;

  @Inject FlowQueries queries;
  @Inject FlowCache cache;

  Clock clock = Clock.systemUTC();

  public FlowReport of(Caller caller, LocalDate from, LocalDate to, FlowView view) {
    requireViewer(caller);
    Period period = period(from, to);
    FlowReport place = cache.of(period, now -> queries.compute(period, now));
    String own = caller.getAgency();
    boolean whole = view == FlowView.PLACE || own == null;
    return new FlowReport(
        period,
        place.asOf(),
        visible(place.pairs(), own, whole),
        place.services().stream().filter(h -> h.involves(own)).toList(),
        weeks(place.weeks(), own, whole),
        place.declines().stream()
            .filter(d -> whole ? countable(d, own) : involves(d, own))
            .toList(),
        place.lateSteps().stream()
            .filter(s -> whole || own.equals(s.agency()) || own.equals(s.leadAgency()))
            .toList());
  }

  /** The last 90 days up to today, the default period. */
  public Period lastNinetyDays() {
    LocalDate today = LocalDate.now(clock.withZone(WorkingHours.UK));
    return new Period(today.minusDays(89), today);
  }

  static Period period(LocalDate from, LocalDate to) {
    List<FieldProblem> problems = new ArrayList<>();
    if (from == null) {
      problems.add(new FieldProblem("from", "Give the first day of the period"));
    }
    if (to == null) {
      problems.add(new FieldProblem("to", "Give the last day of the period"));
    }
    if (from != null && to != null) {
      if (to.isBefore(from)) {
        problems.add(new FieldProblem("to", "The period must end on or after the day it starts"));
      } else if (from.plusDays(MAX_DAYS).isBefore(to)) {
        problems.add(new FieldProblem("from", "Choose a period of five years or less"));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Period(from, to);
  }

  private static List<Handoffs> visible(List<Handoffs> pairs, String own, boolean whole) {
    List<Handoffs> shown = new ArrayList<>();
    for (Handoffs pair : pairs) {
      if (pair.involves(own)) {
        shown.add(pair);
      } else if (whole) {
        shown.add(pair.getSent() < Handoffs.SMALL ? pair.suppressed() : pair);
      }
    }
    return shown;
  }

  /** The place's weeks in the whole view; in the agency view, what it received and sent. */
  private static List<WeekPoint> weeks(List<WeekPoint> weeks, String own, boolean whole) {
    return weeks.stream()
        .filter(
            w ->
                whole
                    ? w.fromAgency() == null && w.toAgency() == null
                    : own.equals(w.fromAgency()) || own.equals(w.toAgency()))
        .toList();
  }

  private static boolean involves(Declines d, String own) {
    return own != null && (own.equals(d.fromAgency()) || own.equals(d.toAgency()));
  }

  private static boolean countable(Declines d, String own) {
    return involves(d, own) || d.count() >= Handoffs.SMALL;
  }

  static void requireViewer(Caller caller) {
    boolean lead = caller.hasRole(Roles.TEAM_LEAD) || caller.hasRole(Roles.AGENCY_ADMIN);
    if (!(lead && caller.getAgency() != null) && !caller.hasRole(Roles.DATA_PROTECTION_OFFICER)) {
      throw new NotAllowed(
          "Only team leads, agency admins and the data-protection officer see the flow figures");
    }
  }
}
