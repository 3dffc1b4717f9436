package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.totalplace.person.boundary.Merges;
import org.totalplace.person.entity.Merge;
import org.totalplace.person.entity.Rows;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** Merging two records of one person, after comparing them; and undoing a merge. */
@Named
@ViewScoped
public class MergeRecords implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Merges merges;
  @Inject Caller me;

  private Long keptId;
  private Long mergedId;
  private String reason;
  private Rows.Found kept;
  private Rows.Found duplicate;
  private List<Merge> recent;

  public void compare() {
    kept = null;
    duplicate = null;
    try {
      if (keptId == null || mergedId == null) {
        throw InvalidInput.of(keptId == null ? "keptId" : "mergedId", "Enter both record numbers");
      }
      if (keptId.equals(mergedId)) {
        throw InvalidInput.of("mergedId", "A record cannot be merged into itself");
      }
      kept = identity(keptId, "keptId");
      duplicate = identity(mergedId, "mergedId");
    } catch (InvalidInput problems) {
      kept = null;
      duplicate = null;
      Pages.show("merge", problems);
    }
  }

  private Rows.Found identity(long id, String field) {
    try {
      return merges.identity(me, id);
    } catch (NotFound e) {
      throw InvalidInput.of(field, "There is no record " + id);
    }
  }

  public void merge() {
    try {
      merges.merge(me, keptId, mergedId, reason);
      Pages.done("Record " + mergedId + " merged into " + keptId + ". You can undo this below.");
      kept = null;
      duplicate = null;
      reason = null;
      recent = null;
    } catch (InvalidInput problems) {
      Pages.show("merge", problems);
    }
  }

  public void undo(long mergeId, int version) {
    try {
      merges.undo(me, mergeId, version);
      Pages.done("Merge undone: the two records are separate again");
    } catch (Conflict e) {
      Pages.error(e.getMessage());
    }
    recent = null;
  }

  public List<Merge> getRecent() {
    if (recent == null) {
      recent = merges.recent(me);
    }
    return recent;
  }

  public boolean isComparing() {
    return kept != null && duplicate != null;
  }

  public Long getKeptId() {
    return keptId;
  }

  public void setKeptId(Long keptId) {
    this.keptId = keptId;
  }

  public Long getMergedId() {
    return mergedId;
  }

  public void setMergedId(Long mergedId) {
    this.mergedId = mergedId;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Rows.Found getKept() {
    return kept;
  }

  public Rows.Found getDuplicate() {
    return duplicate;
  }
}
