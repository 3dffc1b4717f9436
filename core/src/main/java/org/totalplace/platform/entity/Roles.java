package org.totalplace.platform.entity;

/** The job roles of the realm; each is also a Jakarta security role of the same name. */
public final class Roles {
  public static final String FRONTLINE_WORKER = "frontline-worker";
  public static final String TEAM_LEAD = "team-lead";
  public static final String AGENCY_ADMIN = "agency-admin";
  public static final String DATA_PROTECTION_OFFICER = "data-protection-officer";

  private Roles() {}
}
