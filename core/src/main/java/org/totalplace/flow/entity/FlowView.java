package org.totalplace.flow.entity;

import java.io.Serializable;

/** Whose flow a viewer looks at: their own agency's handoffs, or the whole place's. */
public enum FlowView implements Serializable {
  AGENCY("Our agency"),
  PLACE("The whole place");

  private final String label;

  FlowView(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
