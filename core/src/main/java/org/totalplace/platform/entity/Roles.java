package org.totalplace.platform.entity;

import java.util.List;
import java.util.Set;

/** The job roles of the realm; each is also a Jakarta security role of the same name. */
public final class Roles {
  public static final String FRONTLINE_WORKER = "frontline-worker";
  public static final String TEAM_LEAD = "team-lead";
  public static final String AGENCY_ADMIN = "agency-admin";
  public static final String DATA_PROTECTION_OFFICER = "data-protection-officer";

  /** Counts what the place spends; sees figures and the catalogue, never a person's name. */
  public static final String ANALYST = "analyst";

  public static final Set<String> ALL =
      Set.of(FRONTLINE_WORKER, TEAM_LEAD, AGENCY_ADMIN, DATA_PROTECTION_OFFICER, ANALYST);

  /** Most senior first: the audit records the first one a caller holds. */
  public static final List<String> BY_SENIORITY =
      List.of(DATA_PROTECTION_OFFICER, AGENCY_ADMIN, ANALYST, TEAM_LEAD, FRONTLINE_WORKER);

  private Roles() {}
}
