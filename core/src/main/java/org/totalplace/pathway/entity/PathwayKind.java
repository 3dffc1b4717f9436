package org.totalplace.pathway.entity;

import java.time.LocalDate;

/**
 * The transitions the place plans for. Each is a BPMN model in workflows/; here is only what the
 * model cannot say: what its key date is called and how long before it planning starts.
 */
public enum PathwayKind {
  PRISON_RELEASE("prisonRelease", "Release from prison", "Release date", 12 * 7, 0),
  LEAVING_CARE("leavingCare", "Leaving care", "18th birthday", 26 * 7, 0),
  HOSPITAL_DISCHARGE("hospitalDischarge", "Hospital discharge", "Discharge date", 14, 2);

  private final String processKey;
  private final String label;
  private final String keyDateLabel;
  private final int planningDays;
  private final int checkInDays;

  PathwayKind(
      String processKey, String label, String keyDateLabel, int planningDays, int checkInDays) {
    this.processKey = processKey;
    this.label = label;
    this.keyDateLabel = keyDateLabel;
    this.planningDays = planningDays;
    this.checkInDays = checkInDays;
  }

  public String getProcessKey() {
    return processKey;
  }

  public String getLabel() {
    return label;
  }

  public String getKeyDateLabel() {
    return keyDateLabel;
  }

  /** Planning starts this long before the key date (or at once, if that has passed). */
  public LocalDate planningStartsFor(LocalDate keyDate) {
    return keyDate.minusDays(planningDays);
  }

  /** When a step is due: on the key day, or for a check-in, days after it. */
  public LocalDate dueOn(String stepKey, LocalDate keyDate) {
    return "checkIn".equals(stepKey) ? keyDate.plusDays(checkInDays) : keyDate;
  }

  public String getName() {
    return name();
  }
}
