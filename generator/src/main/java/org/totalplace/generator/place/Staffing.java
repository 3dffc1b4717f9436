package org.totalplace.generator.place;

import java.math.BigDecimal;
import java.util.List;

/**
 * The generated workers of each agency: {@code housing.w001} to {@code housing.w025} (by default),
 * with names, contracted hours and whether they are still in the team. The last worker of each
 * agency has left (inactive), so some work shows as held by nobody in the team.
 */
public record Staffing(List<String> agencies, int perAgency) {

  private static final String[] GIVEN = {
    "Amy",
    "Ben",
    "Chloe",
    "Daniel",
    "Ella",
    "Farah",
    "George",
    "Hannah",
    "Imran",
    "Jade",
    "Kieran",
    "Laura",
    "Mohammed",
    "Nadia",
    "Oliver",
    "Priya",
    "Rhys",
    "Sophie",
    "Tariq",
    "Zoe",
    "Callum",
    "Megan",
    "Yusuf"
  };
  private static final String[] FAMILY = {
    "Ahmed",
    "Bennett",
    "Clarke",
    "Davies",
    "Evans",
    "Fletcher",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Novak",
    "Owen",
    "Patel",
    "Quinn",
    "Roberts",
    "Shaw",
    "Turner",
    "Walsh",
    "Young",
    "Begum",
    "Kowalski",
    "Okafor",
    "Murphy",
    "Wright",
    "Hussain",
    "Lee"
  };

  public Staffing {
    if (perAgency < 2 || perAgency > 999) {
      throw new IllegalArgumentException("2 to 999 workers per agency, not " + perAgency);
    }
    agencies = List.copyOf(agencies);
  }

  /** Worker {@code n} (1..perAgency) of an agency, e.g. housing.w017. */
  public String username(String agency, int n) {
    return String.format("%s.w%03d", agency, n);
  }

  public String displayName(String agency, int n) {
    int a = Math.max(0, agencies.indexOf(agency));
    return GIVEN[(n * 7 + a * 3) % GIVEN.length] + " " + FAMILY[(n * 11 + a * 5) % FAMILY.length];
  }

  public BigDecimal contractedHours(int n) {
    if (n % 6 == 0) {
      return new BigDecimal("22.5");
    }
    return n % 9 == 0 ? new BigDecimal("30.0") : new BigDecimal("37.0");
  }

  /** The last worker of each agency has left. */
  public boolean active(int n) {
    return n < perAgency;
  }
}
