package org.totalplace.export.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.export.entity.Table;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The gate for files leaving the platform: only team leads, agency admins and the data-protection
 * officer may take lists and figures away, and every file is in the audit trail.
 */
@Stateless
public class Exports {

  @Inject AuditTrail audit;

  /** Analysts export the counting figures only: their pages hold no one's name. */
  public static boolean mayExport(Caller caller) {
    return caller.hasRole(Roles.TEAM_LEAD)
        || caller.hasRole(Roles.ANALYST)
        || caller.hasRole(Roles.AGENCY_ADMIN)
        || caller.hasRole(Roles.DATA_PROTECTION_OFFICER);
  }

  public void requireExporter(Caller caller) {
    if (!mayExport(caller)) {
      throw new NotAllowed("Only team leads and above can export lists and figures");
    }
  }

  /** Records that a table left as a file, in the transaction that built it. */
  public void exported(Caller caller, Table table, String format, String scope) {
    requireExporter(caller);
    audit.record(
        caller,
        "EXPORTED",
        "table",
        null,
        table.getName()
            + " ("
            + scope
            + ") as "
            + format
            + ", "
            + table.getRows().size()
            + " rows");
  }
}
