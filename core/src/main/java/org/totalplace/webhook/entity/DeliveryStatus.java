package org.totalplace.webhook.entity;

/** Where one event stands for one subscriber. */
public enum DeliveryStatus {
  PENDING("Waiting to send"),
  DELIVERED("Delivered"),
  /** Every attempt failed: it waits in the dead-letter list until someone sends it again. */
  DEAD("Gave up");

  private final String label;

  DeliveryStatus(String label) {
    this.label = label;
  }

  public String getLabel() {
    return label;
  }
}
