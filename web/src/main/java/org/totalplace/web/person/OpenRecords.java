package org.totalplace.web.person;

import jakarta.servlet.http.HttpServletResponse;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.web.platform.Pages;

/** For pages that change a record: the record named in the address bar, if it is open to us. */
final class OpenRecords {

  private OpenRecords() {}

  /**
   * The record, or null after answering 404 (no such person, or no id) or 403 (only the "known to"
   * card is ours to see), so the page stops there.
   */
  static SharedRecord open(Persons persons, Caller me, String idParam) {
    Long chosen = Pages.idFrom(idParam);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return null;
    }
    SharedRecord record;
    try {
      record = persons.details(me, chosen);
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
      return null;
    }
    if (!record.isRecordOpen()) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, "Your agency may not see this record");
      return null;
    }
    return record;
  }
}
