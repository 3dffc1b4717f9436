package org.totalplace.web.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The GOV.UK error summary's content: every problem shown next to a field on this page, in page
 * order, each linking to its field. Problems about the page as a whole stay in the notices above.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /**
   * One problem: the field's element id on the page and what to do about it. A class with getters,
   * not a record: Jakarta EL 5 reads properties only through getters.
   */
  public static final class Problem {
    private final String fieldId;
    private final String message;

    Problem(String fieldId, String message) {
      this.fieldId = fieldId;
      this.message = message;
    }

    public String getFieldId() {
      return fieldId;
    }

    public String getMessage() {
      return message;
    }
  }

  /**
   * Read afresh on each call: JSF asks whether the summary is rendered while it decodes a post,
   * before the action has added its problems, so a kept answer would be empty.
   */
  public List<Problem> getProblems() {
    List<Problem> problems = new ArrayList<>();
    FacesContext faces = FacesContext.getCurrentInstance();
    for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      if (id == null) {
        continue;
      }
      for (FacesMessage message : faces.getMessageList(id)) {
        if (message.getSeverity() == FacesMessage.SEVERITY_ERROR) {
          problems.add(new Problem(id, message.getSummary()));
        }
      }
    }
    return problems;
  }
}
