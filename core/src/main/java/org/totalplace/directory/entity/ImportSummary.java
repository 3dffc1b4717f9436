package org.totalplace.directory.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an import did: the services added, updated (with what changed) and left as they were. */
public class ImportSummary implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> added = new ArrayList<>();
  private final List<String> updated = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  public void added(String name) {
    added.add(name);
  }

  public void updated(String name, List<String> changes) {
    updated.add(name + " (" + String.join("; ", changes) + ")");
  }

  public void unchanged(String name) {
    unchanged.add(name);
  }

  public void note(String note) {
    notes.add(note);
  }

  public List<String> getAdded() {
    return added;
  }

  public List<String> getUpdated() {
    return updated;
  }

  public List<String> getUnchanged() {
    return unchanged;
  }

  public List<String> getNotes() {
    return notes;
  }

  /** One line for the page: "2 added, 1 updated, 3 unchanged". */
  public String getHeadline() {
    return added.size()
        + " added, "
        + updated.size()
        + " updated, "
        + unchanged.size()
        + " unchanged";
  }
}
