package org.totalplace.directory.control;

import java.util.List;
import org.totalplace.directory.entity.ServiceForm;

/**
 * One service as read from an Open Referral file: its id there, what it says (with no response time
 * when the file does not give one: the service keeps its own), and the needs it meets.
 */
public record ImportedService(
    int position, String label, String externalId, ServiceForm form, List<Term> terms) {

  /** A taxonomy term as the file gives it. */
  public record Term(String taxonomy, String code, String name, String description) {}
}
