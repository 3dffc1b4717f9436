package org.totalplace.api.person;

/** The body saying the caller's agency works with the person, and who leads for it. */
public class LeadWorker {
  private String leadWorker;

  public String getLeadWorker() {
    return leadWorker;
  }

  public void setLeadWorker(String leadWorker) {
    this.leadWorker = leadWorker;
  }
}
