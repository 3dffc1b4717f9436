package org.totalplace.audit.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The columns of an audit row that its hash covers, read the same way by the sealer and the
 * verifier (and in the order of {@code AuditEvent.sealedFields()}, which the generator uses).
 */
final class AuditRows {

  static final String SEALED_COLUMNS =
      "at, username, agency, role, action, subject_type, subject_id, detail, basis, origin,"
          + " changes";

  private AuditRows() {}

  /** The sealed fields of the current row, starting at column {@code from}. */
  static Object[] sealedFields(ResultSet row, int from) throws SQLException {
    Object[] fields = new Object[11];
    fields[0] = row.getObject(from, OffsetDateTime.class).toInstant();
    for (int i = 1; i < fields.length; i++) {
      fields[i] = i == 6 ? row.getObject(from + i, Long.class) : row.getString(from + i);
    }
    return fields;
  }
}
