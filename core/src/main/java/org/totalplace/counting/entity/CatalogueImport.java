package org.totalplace.counting.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What an import of a catalogue file did: costs added, changed, left alone, and rows refused. */
public class CatalogueImport implements Serializable {
  private static final long serialVersionUID = 1L;

  private int added;
  private int changed;
  private int unchanged;
  private final List<String> refused = new ArrayList<>();

  public void added() {
    added++;
  }

  public void changed() {
    changed++;
  }

  public void unchanged() {
    unchanged++;
  }

  /** A row left out, named by its line in the file and its code, with the reason. */
  public void refused(long line, String code, String reason) {
    refused.add(
        "Line " + line + (code == null || code.isBlank() ? "" : " (" + code + ")") + ": " + reason);
  }

  public int getAdded() {
    return added;
  }

  public int getChanged() {
    return changed;
  }

  public int getUnchanged() {
    return unchanged;
  }

  public List<String> getRefused() {
    return refused;
  }

  /** One line for the page: "674 added, 0 changed, 0 unchanged, 2 refused". */
  public String getHeadline() {
    return added
        + " added, "
        + changed
        + " changed, "
        + unchanged
        + " unchanged, "
        + refused.size()
        + " refused";
  }
}
