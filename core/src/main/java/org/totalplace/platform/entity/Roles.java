package org.totalplace.platform.entity;

import java.util.Set;

/** The job roles of the realm; each is also a Jakarta security role of the same name. */
public final class Roles {
  public static final String FRONTLINE_WORKER = "frontline-worker";
  public static final String TEAM_LEAD = "team-lead";
  public static final String AGENCY_ADMIN = "agency-admin";
  public static final String DATA_PROTECTION_OFFICER = "data-protection-officer";

  public static final Set<String> ALL =
      Set.of(FRONTLINE_WORKER, TEAM_LEAD, AGENCY_ADMIN, DATA_PROTECTION_OFFICER);

  private Roles() {}
}
