package org.totalplace.pathway.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the shared plan: what one agency does, by when, and whether it is done. */
@Entity
@Table(name = "pathway_step")
@NamedQuery(
    name = "PathwayStep.ofPathway",
    query = "select s from PathwayStep s where s.pathwayId = :pathway order by s.dueOn, s.id")
@NamedQuery(
    name = "PathwayStep.openFor",
    query =
        "select s from PathwayStep s where s.agency = :agency and s.status <> :done"
            + " order by s.dueOn, s.id")
public class PathwayStep implements Serializable {
  private static final long serialVersionUID = 1L;

  public enum Status {
    WAITING("Planning not started"),
    OPEN("To do"),
    IN_PLACE("In place");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String getLabel() {
      return label;
    }
  }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "pathway_id")
  private long pathwayId;

  @Column(name = "step_key")
  private String stepKey;

  private String title;

  private String agency;

  @Column(name = "due_on")
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  private Status status;

  @Column(name = "flagged_at")
  private Instant flaggedAt;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "done_by")
  private String doneBy;

  private String note;

  @Version private int version;

  protected PathwayStep() {}

  public PathwayStep(long pathwayId, String stepKey, String title, String agency, LocalDate due) {
    this.pathwayId = pathwayId;
    this.stepKey = stepKey;
    this.title = title;
    this.agency = agency;
    this.dueOn = due;
    this.status = Status.WAITING;
  }

  public void open() {
    if (status == Status.WAITING) {
      status = Status.OPEN;
    }
  }

  public void inPlace(String by, String note, Instant at) {
    this.status = Status.IN_PLACE;
    this.doneBy = by;
    this.note = note;
    this.doneAt = at;
  }

  public void flag(Instant at) {
    this.flaggedAt = at;
  }

  public boolean isDone() {
    return status == Status.IN_PLACE;
  }

  /** Due day passed with the step not in place: the plan shows it in red. */
  public boolean isFlagged() {
    return flaggedAt != null && !isDone();
  }

  public Long getId() {
    return id;
  }

  public long getPathwayId() {
    return pathwayId;
  }

  public String getStepKey() {
    return stepKey;
  }

  public String getTitle() {
    return title;
  }

  public String getAgency() {
    return agency;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Status getStatus() {
    return status;
  }

  public Instant getFlaggedAt() {
    return flaggedAt;
  }

  public Instant getDoneAt() {
    return doneAt;
  }

  public String getDoneBy() {
    return doneBy;
  }

  public String getNote() {
    return note;
  }

  public int getVersion() {
    return version;
  }
}
