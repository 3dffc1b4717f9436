package org.totalplace.generator.place;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Deterministic referrals over five years up to {@code now}: referral {@code id} is the same for
 * the same seed whatever was generated before. Each referral is sent on a day drawn with a rising
 * density (more referrals lately, as use of the platform grows), mostly in working hours, and then
 * follows one life (acknowledged, maybe an information request, accepted or declined, started,
 * completed or not, or withdrawn on the way) with skewed (log-normal) waits between steps. Its
 * status is the last step that had happened by {@code now}, so the open referrals (3 to 5%) are the
 * recent ones and the slow ones, as in life, and every timestamp is consistent with its status.
 * Derived columns that the database's triggers would fill (unowned_since, unowned_minutes, bounce)
 * are computed here, as the triggers are off during a bulk load.
 */
public final class ReferralGenerator {

  public static final int YEARS = 5;

  /** The newest day has this many times the oldest day's referrals. */
  static final double GROWTH = 1.5;

  private static final String[] DECLINE_CODES = {
    "NOT_ELIGIBLE",
    "OUT_OF_AREA",
    "NO_CAPACITY",
    "NEEDS_MET_ELSEWHERE",
    "NO_CONSENT",
    "WRONG_SERVICE",
    "OTHER"
  };
  private static final String[] DECLINE_REASONS = {
    "The person is not eligible for this service",
    "The person lives outside the area the service covers",
    "The service has no capacity",
    "The need is already met by another service",
    "The person does not agree to the referral",
    "Another service is better suited",
    "Another reason"
  };
  private static final String[] REASONS = {
    "Rent arrears and a notice to quit",
    "Needs support after leaving hospital",
    "Released from prison with nowhere to stay",
    "Struggling with alcohol use",
    "Family under strain, early help asked for",
    "No income since the claim stopped",
    "Low mood, not registered with a GP",
    "Debt advice and food support needed"
  };
  private static final String[] NOT_COMPLETED = {
    "The person stopped engaging", "The person moved out of the area", "The need changed"
  };
  private static final Map<String, Double> AGENCY_WEIGHT =
      Map.of(
          "housing", 0.22,
          "jobcentre", 0.12,
          "probation", 0.10,
          "health", 0.18,
          "childrens-services", 0.12,
          "drug-alcohol", 0.10,
          "police", 0.08,
          "voluntary", 0.08);

  private final long streams;
  private final long people;
  private final Instant now;
  private final Staffing staffing;
  private final Map<String, long[]> services;
  private final List<String> agencies;
  private final double[] cumulative;
  private final Instant firstDay;
  private final long days;

  /**
   * @param services the service ids of each agency (every agency of {@code staffing} has one)
   */
  public ReferralGenerator(
      long seed, long people, Instant now, Staffing staffing, Map<String, long[]> services) {
    if (people < 1) {
      throw new IllegalArgumentException("Referrals need people");
    }
    this.streams = new SplittableRandom(seed).nextLong();
    this.people = people;
    this.now = now;
    this.staffing = staffing;
    this.services = Map.copyOf(services);
    this.agencies = staffing.agencies();
    if (agencies.size() < 2) {
      throw new IllegalArgumentException("Referrals go between at least two agencies");
    }
    for (String agency : agencies) {
      if (services.getOrDefault(agency, new long[0]).length == 0) {
        throw new IllegalArgumentException("Agency " + agency + " has no service");
      }
    }
    this.cumulative = new double[agencies.size()];
    double sum = 0;
    for (int i = 0; i < agencies.size(); i++) {
      sum += AGENCY_WEIGHT.getOrDefault(agencies.get(i), 0.1);
      cumulative[i] = sum;
    }
    Instant today =
        now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    this.days = YEARS * 365L;
    this.firstDay = today.minus(days - 1, ChronoUnit.DAYS);
  }

  public Instant now() {
    return now;
  }

  /** Referral {@code id} (1 or more). */
  public SyntheticReferral referral(long id) {
    SplittableRandom r = new SplittableRandom(streams ^ (id * 0x9E3779B97F4A7C15L));
    String to = agency(r);
    String from = agency(r);
    while (from.equals(to)) {
      from = agency(r);
    }
    long[] offered = services.get(to);
    long service = offered[r.nextInt(offered.length)];
    double u = r.nextDouble();
    String urgency = u < 0.05 ? "EMERGENCY" : u < 0.30 ? "URGENT" : "ROUTINE";
    long person = Math.min(people, 1 + (long) (people * Math.pow(r.nextDouble(), 1.6)));
    String reason = REASONS[r.nextInt(REASONS.length)];
    int senderN = worker(r);
    int workerN = worker(r);
    String sender = staffing.username(from, senderN);
    String senderName = staffing.displayName(from, senderN);
    String worker = staffing.username(to, workerN);
    String workerName = staffing.displayName(to, workerN);

    Instant sent = sentAt(r);
    Instant created = sent.minus(lognormal(r, 15, 1.0));
    Instant acknowledgeDue = sent.plus(acknowledgeTarget(urgency));

    // The referral's whole life, then cut at now.
    double fate = r.nextDouble();
    String end =
        fate < 0.12
            ? "DECLINED"
            : fate < 0.16 ? "WITHDRAWN" : fate < 0.30 ? "NOT_COMPLETED" : "COMPLETED";
    int withdrawAfter = -1;
    if (end.equals("WITHDRAWN")) {
      double w = r.nextDouble();
      withdrawAfter = w < 0.4 ? 0 : w < 0.7 ? 1 : w < 0.8 ? 2 : 3;
    }
    List<Step> life = new ArrayList<>();
    life.add(new Step(sent, "DRAFT", "SENT", "SENT", true));
    Instant t = sent;
    String informationRequest = null;
    if (withdrawAfter == 0) {
      life.add(withdrawn(r, t, "SENT", 2 * 24 * 60));
    } else {
      t = t.plus(lognormal(r, acknowledgeMedianMinutes(urgency), 1.1));
      life.add(new Step(t, "SENT", "RECEIVED", "ACKNOWLEDGED", false));
      if (r.nextDouble() < 0.08) {
        informationRequest = "Please send the person's current address and a contact number";
        t = t.plus(lognormal(r, 6 * 60, 1.0));
        life.add(new Step(t, "RECEIVED", "INFORMATION_REQUESTED", "INFORMATION_REQUESTED", false));
        t = t.plus(lognormal(r, 3 * 24 * 60, 0.9));
        life.add(new Step(t, "INFORMATION_REQUESTED", "RECEIVED", "INFORMATION_PROVIDED", true));
      }
      if (withdrawAfter == 1) {
        life.add(withdrawn(r, t, "RECEIVED", 2 * 24 * 60));
      } else {
        t = t.plus(lognormal(r, 20 * 60, 1.2));
        if (end.equals("DECLINED")) {
          life.add(new Step(t, "RECEIVED", "DECLINED", "DECLINED", false));
        } else {
          life.add(new Step(t, "RECEIVED", "ACCEPTED", "ACCEPTED", false));
          if (withdrawAfter == 2) {
            life.add(withdrawn(r, t, "ACCEPTED", 3 * 24 * 60));
          } else {
            t = t.plus(lognormal(r, 2 * 24 * 60, 1.0));
            life.add(new Step(t, "ACCEPTED", "IN_PROGRESS", "STARTED", false));
            if (withdrawAfter == 3) {
              life.add(withdrawn(r, t, "IN_PROGRESS", 10 * 24 * 60));
            } else {
              t = t.plus(lognormal(r, 30 * 24 * 60, 1.0));
              life.add(new Step(t, "IN_PROGRESS", end, end, false));
            }
          }
        }
      }
    }
    List<Step> happened = new ArrayList<>();
    for (Step step : life) {
      if (step.at.isAfter(now)) {
        break;
      }
      happened.add(step);
    }
    Step last = happened.get(happened.size() - 1);
    String status = last.to;
    boolean open = SyntheticReferral.OPEN.contains(status);

    Instant received = null;
    Instant decideDue = null;
    Instant accepted = null;
    Instant started = null;
    Instant closed = null;
    boolean asked = false;
    for (Step step : happened) {
      switch (step.action) {
        case "ACKNOWLEDGED" -> {
          received = step.at;
          decideDue = step.at.plus(decideTarget(to));
        }
        case "INFORMATION_PROVIDED" -> decideDue = step.at.plus(decideTarget(to));
        case "INFORMATION_REQUESTED" -> asked = true;
        case "ACCEPTED" -> accepted = step.at;
        case "STARTED" -> started = step.at;
        default -> {
          if (!SyntheticReferral.OPEN.contains(step.to)) {
            closed = step.at;
          }
        }
      }
    }

    List<SyntheticReferral.Event> events = new ArrayList<>();
    if (open) {
      for (Step step : happened) {
        events.add(
            step.bySender
                ? new SyntheticReferral.Event(
                    step.at, sender, senderName, from, step.action, step.from, step.to)
                : new SyntheticReferral.Event(
                    step.at, worker, workerName, to, step.action, step.from, step.to));
      }
    }
    Instant lastActivity = last.at;
    String assignee = null;
    String assigneeName = null;
    Instant unownedSince = null;
    int unownedMinutes = 0;
    if (received == null) {
      if (!open) {
        unownedMinutes = minutes(sent, closed);
      } else if (r.nextDouble() < 0.10) {
        // A lead allocated it before anyone acknowledged it.
        Instant allocated = between(r, sent, now);
        assignee = worker;
        assigneeName = workerName;
        unownedMinutes = minutes(sent, allocated);
        lastActivity = allocated;
        String lead = to + ".lead";
        events.add(new SyntheticReferral.Event(allocated, lead, lead, to, "ASSIGNED", null, null));
      } else {
        unownedSince = sent;
      }
    } else {
      assignee = worker;
      assigneeName = workerName;
      unownedMinutes = minutes(sent, received);
      if (open && r.nextDouble() < 0.07) {
        Instant handedBack = between(r, last.at, now);
        assignee = null;
        assigneeName = null;
        unownedSince = handedBack;
        lastActivity = handedBack;
        events.add(
            new SyntheticReferral.Event(
                handedBack, worker, workerName, to, "HANDED_BACK", null, null));
      } else if (open
          && (status.equals("ACCEPTED") || status.equals("IN_PROGRESS"))
          && r.nextDouble() < 0.6) {
        lastActivity = between(r, last.at, now);
      }
    }

    String declineCode = null;
    String declineReason = null;
    if (status.equals("DECLINED")) {
      int code = r.nextInt(DECLINE_CODES.length);
      declineCode = DECLINE_CODES[code];
      declineReason = DECLINE_REASONS[code];
    }
    String outcome =
        switch (status) {
          case "COMPLETED" -> "Support given and the need met";
          case "NOT_COMPLETED" -> NOT_COMPLETED[r.nextInt(NOT_COMPLETED.length)];
          default -> null;
        };
    double b = r.nextDouble();
    String bounce = b < 0.03 ? "SENT_BACK" : b < 0.037 ? "REROUTED_AGAIN" : null;
    return new SyntheticReferral(
        id,
        person,
        service,
        from,
        to,
        urgency,
        reason,
        status,
        created,
        sent,
        sender,
        acknowledgeDue,
        received,
        decideDue,
        accepted,
        started,
        closed,
        last.at,
        last.bySender ? sender : worker,
        lastActivity,
        assignee,
        assigneeName,
        declineCode,
        declineReason,
        asked ? informationRequest : null,
        outcome,
        bounce,
        unownedSince,
        unownedMinutes,
        events);
  }

  private record Step(Instant at, String from, String to, String action, boolean bySender) {}

  private static Step withdrawn(SplittableRandom r, Instant after, String from, double median) {
    return new Step(after.plus(lognormal(r, median, 1.0)), from, "WITHDRAWN", "WITHDRAWN", true);
  }

  private String agency(SplittableRandom r) {
    double u = r.nextDouble() * cumulative[cumulative.length - 1];
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return agencies.get(i);
      }
    }
    return agencies.get(agencies.size() - 1);
  }

  /** Some workers carry more than others. */
  private int worker(SplittableRandom r) {
    int n = staffing.perAgency();
    return Math.min(n, 1 + (int) (n * Math.pow(r.nextDouble(), 1.25)));
  }

  /** A day with density rising linearly by GROWTH, mostly in working hours, never after now. */
  private Instant sentAt(SplittableRandom r) {
    double u = r.nextDouble();
    double x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
    long day = Math.min(days - 1, (long) (x * days));
    long second =
        r.nextDouble() < 0.85 ? 8 * 3600 + r.nextLong(9 * 3600 + 1800) : r.nextLong(24 * 3600);
    Instant sent = firstDay.plus(day, ChronoUnit.DAYS).plusSeconds(second);
    if (sent.isAfter(now)) {
      sent = now.minusSeconds(60 + r.nextLong(3600));
    }
    return sent;
  }

  static Duration acknowledgeTarget(String urgency) {
    return switch (urgency) {
      case "EMERGENCY" -> Duration.ofMinutes(120);
      case "URGENT" -> Duration.ofMinutes(360);
      default -> Duration.ofMinutes(1440);
    };
  }

  /** About the services' response working hours (8 or 16) in calendar time. */
  static Duration decideTarget(String agency) {
    return agency.equals("childrens-services") || agency.equals("police")
        ? Duration.ofHours(24)
        : Duration.ofHours(48);
  }

  private static double acknowledgeMedianMinutes(String urgency) {
    return switch (urgency) {
      case "EMERGENCY" -> 30;
      case "URGENT" -> 150;
      default -> 8 * 60;
    };
  }

  /** A log-normal wait with the given median in minutes, 1 minute to 400 days. */
  static Duration lognormal(SplittableRandom r, double medianMinutes, double sigma) {
    double minutes = medianMinutes * Math.exp(sigma * r.nextGaussian());
    long seconds = (long) Math.max(60, Math.min(400 * 24 * 3600.0, minutes * 60));
    return Duration.ofSeconds(seconds);
  }

  private static Instant between(SplittableRandom r, Instant from, Instant to) {
    long span = Math.max(1, Duration.between(from, to).getSeconds());
    return from.plusSeconds(r.nextLong(span));
  }

  private static int minutes(Instant from, Instant to) {
    return (int) Math.max(0, Duration.between(from, to).toMinutes());
  }
}
