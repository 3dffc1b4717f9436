package org.totalplace.directory.entity;

import java.io.Serializable;

/** What a worker looks for: a need, an area given by postcode, and services taking referrals. */
public class ServiceQuery implements Serializable {
  private static final long serialVersionUID = 1L;

  /** A need's code; blank for any. */
  private String need;

  /** A postcode or a district; blank for anywhere. */
  private String postcode;

  private boolean availableOnly;

  /** Leave out the worker's own agency, which a referral cannot go to. */
  private boolean outsideOwnAgency;

  public ServiceQuery() {}

  public ServiceQuery(String need, String postcode, boolean availableOnly) {
    this.need = need;
    this.postcode = postcode;
    this.availableOnly = availableOnly;
  }

  public String getNeed() {
    return need;
  }

  public void setNeed(String need) {
    this.need = need;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public boolean isAvailableOnly() {
    return availableOnly;
  }

  public void setAvailableOnly(boolean availableOnly) {
    this.availableOnly = availableOnly;
  }

  public boolean isOutsideOwnAgency() {
    return outsideOwnAgency;
  }

  public void setOutsideOwnAgency(boolean outsideOwnAgency) {
    this.outsideOwnAgency = outsideOwnAgency;
  }
}
