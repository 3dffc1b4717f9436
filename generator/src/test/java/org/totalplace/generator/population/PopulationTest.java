package org.totalplace.generator.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.person.entity.NhsNumbers;

class PopulationTest {

  private static List<SyntheticPerson> first(long seed, int count) {
    Population population = new Population(seed, 1_000_000);
    List<SyntheticPerson> people = new ArrayList<>();
    for (long id = 1; id <= count; id++) {
      people.add(population.person(id));
    }
    return people;
  }

  @Test
  void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
    assertThat(first(42, 1000)).isEqualTo(first(42, 1000));
    List<SyntheticPerson> other = first(43, 1000);
    List<SyntheticPerson> ours = first(42, 1000);
    long same = 0;
    for (int i = 0; i < 1000; i++) {
      same += other.get(i).equals(ours.get(i)) ? 1 : 0;
    }
    assertThat(same).isZero();
  }

  @Test
  void aPersonIsTheSameWhicheverOrderPeopleAreAskedFor() {
    Population population = new Population(7, 100_000);
    SyntheticPerson later = population.person(99_999);
    population.person(5);
    assertThat(population.person(99_999)).isEqualTo(later);
  }

  @Test
  void everyNhsNumberIsValidAndNoTwoPeopleShareOne() {
    List<SyntheticPerson> people = first(42, 50_000);
    Set<String> numbers = new HashSet<>();
    for (SyntheticPerson person : people) {
      if (person.nhsNumber() != null) {
        assertThat(NhsNumbers.isValid(person.nhsNumber())).as(person.nhsNumber()).isTrue();
        assertThat(person.nhsNumber()).startsWith("4");
        assertThat(numbers.add(person.nhsNumber())).as("unique " + person.nhsNumber()).isTrue();
      }
    }
    assertThat(numbers.size() / 50_000.0).isBetween(0.68, 0.72);
  }

  @Test
  void recordsLookLikeAUkPlaceWithSomeGaps() {
    List<SyntheticPerson> people = first(42, 20_000);
    long noPostcode = people.stream().filter(p -> p.postcode() == null).count();
    long previous = people.stream().filter(p -> p.previousFamilyName() != null).count();
    long smiths = people.stream().filter(p -> p.familyName().equals("Smith")).count();
    assertThat(noPostcode / 20_000.0).isBetween(0.04, 0.06);
    assertThat(previous / 20_000.0).isBetween(0.02, 0.04);
    assertThat(smiths / 20_000.0).isBetween(0.02, 0.05);
    for (SyntheticPerson p : people) {
      if (p.postcode() != null) {
        assertThat(p.postcode()).matches("[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][ABD-HJLNP-UW-Z]{2}");
        assertThat(p.postcode().length()).isLessThanOrEqualTo(8);
      }
      assertThat(p.dateOfBirth()).isBetween(LocalDate.of(1930, 1, 1), LocalDate.of(2024, 12, 31));
      assertThat(p.previousFamilyName()).isNotEqualTo(p.familyName());
      assertThat(p.sex()).isIn("FEMALE", "MALE", "NOT_KNOWN", "NOT_SPECIFIED");
    }
    assertThat(people.stream().map(SyntheticPerson::familyName).distinct().count())
        .isGreaterThan(150);
    assertThat(people.stream().map(SyntheticPerson::familyName)).contains("Thomson", "Thompson");
  }
}
