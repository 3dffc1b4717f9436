package org.totalplace.directory.control;

import java.util.List;
import org.totalplace.platform.control.FieldProblem;

/**
 * An Open Referral file as read: the services it holds, the problems that stop it being imported
 * (each naming the service), and notes on how something was understood.
 */
public record ImportedDirectory(
    List<ImportedService> services, List<FieldProblem> problems, List<String> notes) {

  public boolean isImportable() {
    return problems.isEmpty() && !services.isEmpty();
  }
}
