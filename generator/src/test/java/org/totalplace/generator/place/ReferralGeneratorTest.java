package org.totalplace.generator.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferralGeneratorTest {

  private static final List<String> AGENCIES =
      List.of(
          "housing",
          "jobcentre",
          "probation",
          "health",
          "childrens-services",
          "drug-alcohol",
          "police",
          "voluntary");
  private static final Instant NOW = Instant.parse("2026-11-23T17:00:00Z");
  private static final Set<String> DECLINE_CODES =
      Set.of(
          "NOT_ELIGIBLE",
          "OUT_OF_AREA",
          "NO_CAPACITY",
          "NEEDS_MET_ELSEWHERE",
          "NO_CONSENT",
          "WRONG_SERVICE",
          "OTHER");
  private static final Set<String> STATUSES =
      Set.of(
          "SENT",
          "RECEIVED",
          "INFORMATION_REQUESTED",
          "ACCEPTED",
          "IN_PROGRESS",
          "COMPLETED",
          "NOT_COMPLETED",
          "DECLINED",
          "WITHDRAWN");

  private final Staffing staffing = new Staffing(AGENCIES, 25);
  private final Map<String, long[]> services = services();
  private final ReferralGenerator generator =
      new ReferralGenerator(42, 100_000, NOW, staffing, services);

  private static Map<String, long[]> services() {
    Map<String, long[]> services = new HashMap<>();
    long id = 1;
    for (String agency : AGENCIES) {
      services.put(agency, agency.equals("health") ? new long[] {id++, id++} : new long[] {id++});
    }
    return services;
  }

  @Test
  void everyReferralKeepsTheSchemasRulesAndItsOwnStory() {
    Instant fiveYearsAgo = NOW.minus(Duration.ofDays(5 * 365 + 1));
    for (long id = 1; id <= 100_000; id++) {
      SyntheticReferral r = generator.referral(id);
      assertThat(STATUSES).contains(r.status());
      assertThat(r.fromAgency()).isNotEqualTo(r.toAgency());
      assertThat(services.get(r.toAgency())).contains(r.serviceId());
      assertThat(r.personId()).isBetween(1L, 100_000L);
      assertThat(r.urgency()).isIn("EMERGENCY", "URGENT", "ROUTINE");
      assertThat(r.sentBy()).startsWith(r.fromAgency() + ".w");
      assertThat(r.sentAt()).isAfter(fiveYearsAgo).isBeforeOrEqualTo(NOW);
      assertThat(r.createdAt()).isBeforeOrEqualTo(r.sentAt());
      assertThat(r.acknowledgeDueAt()).isAfter(r.sentAt());
      assertThat(r.statusChangedAt()).isAfterOrEqualTo(r.sentAt()).isBeforeOrEqualTo(NOW);
      assertThat(r.lastActivityAt()).isAfterOrEqualTo(r.statusChangedAt()).isBeforeOrEqualTo(NOW);
      assertThat(r.statusChangedBy()).isIn(r.sentBy(), r.assignee(), workerOf(r));
      assertOrdered(r.sentAt(), r.receivedAt(), r.acceptedAt(), r.startedAt(), r.closedAt());
      assertThat(r.closedAt() != null).isEqualTo(!r.open());
      if (r.closedAt() != null) {
        assertThat(r.closedAt()).isEqualTo(r.statusChangedAt());
      }
      assertThat(r.receivedAt() != null).isEqualTo(r.decideDueAt() != null);
      switch (r.status()) {
        case "SENT" -> assertThat(r.receivedAt()).isNull();
        case "RECEIVED", "INFORMATION_REQUESTED" -> {
          assertThat(r.receivedAt()).isNotNull();
          assertThat(r.acceptedAt()).isNull();
        }
        case "ACCEPTED" -> assertThat(r.acceptedAt()).isNotNull().isEqualTo(r.statusChangedAt());
        case "IN_PROGRESS", "COMPLETED", "NOT_COMPLETED" -> assertThat(r.startedAt()).isNotNull();
        case "DECLINED" -> {
          assertThat(r.receivedAt()).isNotNull();
          assertThat(r.acceptedAt()).isNull();
        }
        default -> {}
      }
      if (r.status().equals("INFORMATION_REQUESTED")) {
        assertThat(r.informationRequest()).isNotBlank();
      }
      assertThat(r.status().equals("DECLINED"))
          .isEqualTo(r.declineCode() != null)
          .isEqualTo(r.declineReason() != null);
      if (r.declineCode() != null) {
        assertThat(DECLINE_CODES).contains(r.declineCode());
      }
      assertThat(r.outcome() != null).isEqualTo(r.status().endsWith("COMPLETED"));
      if (r.assignee() != null) {
        assertThat(r.assignee()).startsWith(r.toAgency() + ".w");
        assertThat(r.assigneeName()).isNotBlank();
      }
      // As the referral_ownership trigger keeps them.
      assertThat(r.unownedSince() != null).isEqualTo(r.open() && r.assignee() == null);
      if (r.unownedSince() != null) {
        assertThat(r.unownedSince()).isAfterOrEqualTo(r.sentAt()).isBeforeOrEqualTo(NOW);
      }
      assertThat(r.unownedMinutes()).isNotNegative();
      if (r.receivedAt() != null && r.assignee() != null) {
        assertThat((long) r.unownedMinutes())
            .isEqualTo(Duration.between(r.sentAt(), r.receivedAt()).toMinutes());
      }
      assertThat(r.bounce()).isIn(null, "SENT_BACK", "REROUTED_AGAIN");
      assertThat(r.events().isEmpty()).isEqualTo(!r.open());
      for (SyntheticReferral.Event e : r.events()) {
        assertThat(e.at()).isAfterOrEqualTo(r.sentAt()).isBeforeOrEqualTo(NOW);
        assertThat(e.agency()).isIn(r.fromAgency(), r.toAgency());
        assertThat(e.username()).startsWith(e.agency() + ".");
      }
    }
  }

  private static String workerOf(SyntheticReferral r) {
    return r.events().stream()
        .filter(e -> e.agency().equals(r.toAgency()) && e.username().contains(".w"))
        .map(SyntheticReferral.Event::username)
        .findFirst()
        .orElse(r.assignee());
  }

  private static void assertOrdered(Instant... times) {
    Instant previous = null;
    for (Instant t : times) {
      if (t == null) {
        continue;
      }
      if (previous != null) {
        assertThat(t).isAfterOrEqualTo(previous);
      }
      assertThat(t).isBeforeOrEqualTo(NOW);
      previous = t;
    }
  }

  @Test
  void aFewPercentAreOpenAndTheRestClosedInRealisticShares() {
    Map<String, Integer> counts = new HashMap<>();
    Set<String> pairs = new HashSet<>();
    int n = 200_000;
    int assignedOpenPastSent = 0;
    int openPastSent = 0;
    int lastYear = 0;
    for (long id = 1; id <= n; id++) {
      SyntheticReferral r = generator.referral(id);
      counts.merge(r.status(), 1, Integer::sum);
      pairs.add(r.fromAgency() + ">" + r.toAgency());
      if (r.open() && !r.status().equals("SENT")) {
        openPastSent++;
        if (r.assignee() != null) {
          assignedOpenPastSent++;
        }
      }
      if (r.sentAt().isAfter(NOW.minus(Duration.ofDays(365)))) {
        lastYear++;
      }
    }
    int open =
        Arrays.stream(
                new String[] {
                  "SENT", "RECEIVED", "INFORMATION_REQUESTED", "ACCEPTED", "IN_PROGRESS"
                })
            .mapToInt(s -> counts.getOrDefault(s, 0))
            .sum();
    assertThat(open / (double) n).isBetween(0.03, 0.05);
    for (String status : STATUSES) {
      assertThat(counts.getOrDefault(status, 0)).as(status).isPositive();
    }
    assertThat(counts.get("COMPLETED") / (double) n).isBetween(0.55, 0.75);
    assertThat(pairs).hasSize(8 * 7);
    assertThat(assignedOpenPastSent / (double) openPastSent).isBetween(0.85, 0.97);
    // Growth: the last year holds more than a fifth of five years.
    assertThat(lastYear / (double) n).isBetween(0.22, 0.35);
  }

  @Test
  void theSameIdGivesTheSameReferral() {
    ReferralGenerator again = new ReferralGenerator(42, 100_000, NOW, staffing, services);
    assertThat(again.referral(12_345)).isEqualTo(generator.referral(12_345));
  }
}
