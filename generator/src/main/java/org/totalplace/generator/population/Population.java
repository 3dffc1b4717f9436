package org.totalplace.generator.population;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * A deterministic population: person {@code id} (1..size) is the same for the same seed, whatever
 * else was generated before, so benchmarks can pick query targets without keeping a million people
 * in memory.
 *
 * <p>Names come from ranked lists of common UK names with a Zipf-like weight (exponent 0.5 for
 * family names, which puts Smith near 4%, and 0.6 for given names); that gives far more namesakes
 * than a real population, whose long tail of rare names is left out, so name-only searches here are
 * harder than in life.
 */
public final class Population {

  static final double NHS_NUMBER_SHARE = 0.70;
  static final double NO_POSTCODE_SHARE = 0.05;
  static final double PREVIOUS_NAME_SHARE = 0.03;

  private static final NameList FAMILY = NameList.load("family-names.txt", 0.5);
  private static final NameList FEMALE = NameList.load("female-names.txt", 0.6);
  private static final NameList MALE = NameList.load("male-names.txt", 0.6);

  private static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
  private static final LocalDate LAST_BIRTH = LocalDate.of(2024, 12, 31);
  private static final LocalDate FIRST_RECORD = LocalDate.of(2016, 1, 1);
  private static final LocalDate LAST_RECORD = LocalDate.of(2025, 12, 31);
  private static final String[] RECORDED_BY = {
    "housing.worker", "jobcentre.worker", "probation.worker", "health.worker",
    "childrens-services.worker", "drug-alcohol.worker", "police.worker", "voluntary.worker"
  };

  private final long size;
  private final long streams;
  private final NhsNumberSeries nhsNumbers;

  public Population(long seed, long size) {
    if (size < 1 || size > NhsNumberSeries.MAX_ID) {
      throw new IllegalArgumentException(
          "A population has 1 to " + NhsNumberSeries.MAX_ID + " people, not " + size);
    }
    this.size = size;
    this.streams = new SplittableRandom(seed).nextLong();
    this.nhsNumbers = new NhsNumberSeries(seed);
  }

  public long size() {
    return size;
  }

  /** Person {@code id}, 1 to size. */
  public SyntheticPerson person(long id) {
    if (id < 1 || id > size) {
      throw new IllegalArgumentException("No person " + id + " in a population of " + size);
    }
    SplittableRandom random = new SplittableRandom(streams ^ (id * 0xBF58476D1CE4E5B9L));
    String sex = sex(random.nextDouble());
    NameList given =
        switch (sex) {
          case "FEMALE" -> FEMALE;
          case "MALE" -> MALE;
          default -> random.nextBoolean() ? FEMALE : MALE;
        };
    String givenName = given.draw(random);
    String familyName = FAMILY.draw(random);
    String previous =
        random.nextDouble() < PREVIOUS_NAME_SHARE ? FAMILY.drawOtherThan(familyName, random) : null;
    LocalDate born = dateOfBirth(random);
    String postcode = random.nextDouble() < NO_POSTCODE_SHARE ? null : PlacePostcodes.draw(random);
    String nhs = random.nextDouble() < NHS_NUMBER_SHARE ? nhsNumbers.number(id) : null;
    LocalDate from = born.isAfter(FIRST_RECORD) ? born : FIRST_RECORD;
    Instant created =
        from.atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plusSeconds(
                random.nextLong(
                    ChronoUnit.SECONDS.between(from.atStartOfDay(), LAST_RECORD.atStartOfDay())));
    String createdBy = RECORDED_BY[random.nextInt(RECORDED_BY.length)];
    return new SyntheticPerson(
        id, givenName, familyName, previous, sex, born, postcode, nhs, created, createdBy);
  }

  private static String sex(double u) {
    if (u < 0.49) {
      return "FEMALE";
    }
    if (u < 0.98) {
      return "MALE";
    }
    return u < 0.995 ? "NOT_KNOWN" : "NOT_SPECIFIED";
  }

  /** Fewer of the oldest people: births before 1960 thin out towards 1930. */
  private static LocalDate dateOfBirth(SplittableRandom random) {
    long days = ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;
    while (true) {
      LocalDate born = FIRST_BIRTH.plusDays(random.nextLong(days));
      int year = born.getYear();
      if (year >= 1960 || random.nextDouble() < (year - 1925) / 35.0) {
        return born;
      }
    }
  }
}
