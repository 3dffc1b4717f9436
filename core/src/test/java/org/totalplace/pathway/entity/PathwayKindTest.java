package org.totalplace.pathway.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

class PathwayKindTest {

  static final LocalDate RELEASE = LocalDate.of(2027, 3, 1);

  @Test
  void planningStartsTwelveWeeksBeforeAReleaseAndSixMonthsBeforeAnEighteenthBirthday() {
    assertThat(PathwayKind.PRISON_RELEASE.planningStartsFor(RELEASE))
        .isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(PathwayKind.LEAVING_CARE.planningStartsFor(RELEASE))
        .isEqualTo(RELEASE.minusWeeks(26));
    assertThat(PathwayKind.HOSPITAL_DISCHARGE.planningStartsFor(RELEASE))
        .isEqualTo(RELEASE.minusDays(14));
  }

  @Test
  void stepsAreDueOnTheKeyDayExceptTheCheckInTwoDaysAfterADischarge() {
    assertThat(PathwayKind.HOSPITAL_DISCHARGE.dueOn("carePackage", RELEASE)).isEqualTo(RELEASE);
    assertThat(PathwayKind.HOSPITAL_DISCHARGE.dueOn("checkIn", RELEASE))
        .isEqualTo(RELEASE.plusDays(2));
  }

  @Test
  void aStepFlaggedOnTheDayStopsShowingAsFlaggedOnceInPlace() {
    PathwayStep step =
        new PathwayStep(1, "gpRegistration", "Register with a GP", "health", RELEASE);
    assertThat(step.getStatus()).isEqualTo(PathwayStep.Status.WAITING);
    step.open();
    step.flag(RELEASE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    assertThat(step.isFlagged()).isTrue();

    step.inPlace(
        "Harriet Cole",
        "Registered at Leeds Road",
        RELEASE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

    assertThat(step.isFlagged()).isFalse();
    assertThat(step.isDone()).isTrue();
  }

  @Test
  void theWorkerWhoStartsAPathwayLeadsIt() {
    Caller priya =
        new Caller("probation.worker", "Priya Shah", "probation", Set.of(Roles.FRONTLINE_WORKER));
    Pathway pathway =
        new Pathway(
            PathwayKind.PRISON_RELEASE,
            7,
            priya,
            RELEASE,
            RELEASE.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

    assertThat(pathway.isLedBy(priya)).isTrue();
    assertThat(pathway.getLeadAgency()).isEqualTo("probation");
    assertThat(pathway.getStatus()).isEqualTo(Pathway.Status.PLANNED);
    pathway.planningStarted();
    assertThat(pathway.getStatus()).isEqualTo(Pathway.Status.ACTIVE);
  }
}
