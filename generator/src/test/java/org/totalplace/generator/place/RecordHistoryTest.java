package org.totalplace.generator.place;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.totalplace.generator.population.Population;

class RecordHistoryTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");
  private static final Staffing STAFF =
      new Staffing(
          List.of(
              "childrens-services",
              "drug-alcohol",
              "health",
              "housing",
              "jobcentre",
              "police",
              "probation",
              "voluntary"),
          10);

  private static List<RecordHistory.Record> histories(long seed) {
    Population people = new Population(seed, 500);
    RecordHistory history = new RecordHistory(seed, STAFF, NOW);
    return LongStream.rangeClosed(1, 500).mapToObj(id -> history.of(people.person(id))).toList();
  }

  @Test
  void theSameSeedGivesTheSameHistoriesAndAnotherSeedOthers() {
    assertThat(histories(7)).isEqualTo(histories(7)).isNotEqualTo(histories(8));
  }

  @Test
  void nothingHappensAfterNowAndNobodyIsRelatedToThemselves() {
    for (RecordHistory.Record r : histories(11)) {
      assertThat(r.entries()).allSatisfy(e -> assertThat(e.occurredAt()).isBeforeOrEqualTo(NOW));
      assertThat(r.relationships())
          .allSatisfy(x -> assertThat(x.related()).isNotEqualTo(x.person()));
      assertThat(r.addresses().stream().filter(a -> a.movedOut() == null))
          .hasSizeLessThanOrEqualTo(1);
    }
  }

  @Test
  void entriesAndInvolvementsNameTheWorkerAsPeopleDoNotByLogin() {
    List<RecordHistory.Record> records = histories(13);
    assertThat(records.stream().flatMap(r -> r.entries().stream()))
        .isNotEmpty()
        .allSatisfy(e -> assertThat(e.recordedBy()).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
    assertThat(records.stream().flatMap(r -> r.involvements().stream()))
        .isNotEmpty()
        .allSatisfy(i -> assertThat(i.leadWorker()).matches("[A-Z][a-z]+ [A-Z][a-z]+"));
  }
}
