package org.totalplace.web.lead;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.flow.boundary.FlowFigures;
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
import org.totalplace.web.platform.Pages;

/**
 * Flow between agencies over a period: the weekly trend, the slowest handoffs, a heat map of agency
 * pairs, declines by reason, bounces and late pathway steps, each with its numbers a click away.
 * The period is in the address (from, to, view), so a view can be bookmarked and shared.
 */
@Named
@ViewScoped
public class FlowPage implements Serializable {
  private static final long serialVersionUID = 1L;

  static final DateTimeFormatter WEEK = DateTimeFormatter.ofPattern("d MMM", Locale.UK);
  static final int BARS = 12;

  @Inject FlowFigures flow;
  @Inject Directory directory;
  @Inject Caller me;

  private String from;
  private String to;
  private String view;
  private FlowReport report;
  private final Map<String, String> errors = new HashMap<>();

  public void load() {
    Period period = flow.lastNinetyDays();
    LocalDate first = day("from", from, period.from());
    LocalDate last = day("to", to, period.to());
    if (!errors.isEmpty()) {
      return;
    }
    try {
      report = flow.of(me, first, last, getFlowView());
      from = first.toString();
      to = last.toString();
    } catch (InvalidInput problems) {
      for (FieldProblem p : problems.getProblems()) {
        errors.put(p.getField(), p.getMessage());
      }
    } catch (NotAllowed e) {
      Pages.sendError(403, e.getMessage());
    }
  }

  private LocalDate day(String field, String text, LocalDate otherwise) {
    if (text == null || text.isBlank()) {
      return otherwise;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.put(field, "Give a date, for example " + LocalDate.now().minusDays(30));
      return null;
    }
  }

  public FlowView getFlowView() {
    return "place".equals(view) || me.getAgency() == null ? FlowView.PLACE : FlowView.AGENCY;
  }

  public boolean isPlace() {
    return getFlowView() == FlowView.PLACE;
  }

  /** The weekly trend of median hours to acknowledge and accept. */
  public String getTrendChart() {
    List<WeekPoint> weeks = report.weeks();
    List<LocalDate> days = weeks.stream().map(WeekPoint::week).distinct().sorted().toList();
    List<String> labels = days.stream().map(WEEK::format).toList();
    if (isPlace()) {
      return Charts.lines(
          labels,
          "Hours (median)",
          new Charts.Series(
              "Hours to acknowledge", Charts.GREY, series(weeks, days, null, null, false)),
          new Charts.Series("Hours to accept", Charts.BLUE, series(weeks, days, null, null, true)));
    }
    String own = me.getAgency();
    return Charts.lines(
        labels,
        "Hours to accept (median)",
        new Charts.Series("Referrals to us", Charts.BLUE, series(weeks, days, null, own, true)),
        new Charts.Series(
            "Our referrals to others", Charts.ORANGE, series(weeks, days, own, null, true)));
  }

  private static List<Double> series(
      List<WeekPoint> weeks,
      List<LocalDate> days,
      String fromAgency,
      String toAgency,
      boolean accept) {
    List<Double> values = new ArrayList<>();
    for (LocalDate day : days) {
      values.add(
          weeks.stream()
              .filter(w -> w.week().equals(day))
              .filter(w -> Objects.equals(w.fromAgency(), fromAgency))
              .filter(w -> Objects.equals(w.toAgency(), toAgency))
              .map(w -> accept ? w.medianAcceptHours() : w.medianAcknowledgeHours())
              .findFirst()
              .orElse(null));
    }
    return values;
  }

  /** The slowest handoffs by median hours to accept, with their 90th percentiles. */
  public List<Handoffs> getSlowest() {
    return report.pairs().stream()
        .filter(h -> !h.isSuppressed() && h.getAccepted().getMedian() != null)
        .sorted((a, b) -> Double.compare(b.getAccepted().getMedian(), a.getAccepted().getMedian()))
        .limit(BARS)
        .toList();
  }

  public String getPairChart() {
    List<Handoffs> slowest = getSlowest();
    return Charts.bars(
        slowest.stream().map(this::pairName).toList(),
        "Hours from sent to accepted",
        true,
        new Charts.Series(
            "Median", Charts.BLUE, slowest.stream().map(h -> h.getAccepted().getMedian()).toList()),
        new Charts.Series(
            "90th percentile",
            Charts.ORANGE,
            slowest.stream().map(h -> h.getAccepted().getP90()).toList()));
  }

  /** Declines by reason, within what the viewer may see. */
  public Map<String, Long> getDeclinesByReason() {
    Map<String, Long> byReason = new LinkedHashMap<>();
    for (Declines d : report.declines()) {
      byReason.merge(LeadTables.reason(d.reason()), d.count(), Long::sum);
    }
    return byReason;
  }

  public List<Map.Entry<String, Long>> getDeclineRows() {
    return new ArrayList<>(getDeclinesByReason().entrySet());
  }

  public String getDeclineChart() {
    Map<String, Long> byReason = getDeclinesByReason();
    return Charts.bars(
        new ArrayList<>(byReason.keySet()),
        "Referrals declined",
        true,
        new Charts.Series("Declined", Charts.RED, new ArrayList<>(byReason.values())));
  }

  public long getDeclined() {
    return getDeclinesByReason().values().stream().mapToLong(Long::longValue).sum();
  }

  public long getBounces() {
    return report.pairs().stream().mapToLong(Handoffs::getBounced).sum();
  }

  public long getSent() {
    return report.pairs().stream().mapToLong(Handoffs::getSent).sum();
  }

  public List<String> getAgencies() {
    return new ArrayList<>(directory.agencies().keySet());
  }

  /** The heat map's cell from one agency to another: median hours to accept, or why not. */
  public HeatCell cell(String fromAgency, String toAgency) {
    return report.pairs().stream()
        .filter(h -> h.getFromAgency().equals(fromAgency) && h.getToAgency().equals(toAgency))
        .findFirst()
        .map(HeatCell::of)
        .orElse(HeatCell.NONE);
  }

  public String pairName(Handoffs h) {
    return directory.agencyName(h.getFromAgency()) + " to " + directory.agencyName(h.getToAgency());
  }

  /** The address of a file of one of the lists, for the period on the page. */
  public String download(String list, String format) {
    return "/download/table?list="
        + list
        + "&format="
        + format
        + "&from="
        + from
        + "&to="
        + to
        + "&view="
        + (isPlace() ? "place" : "agency");
  }

  public FlowReport getReport() {
    return report;
  }

  public Map<String, String> getErrors() {
    return errors;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }
}
