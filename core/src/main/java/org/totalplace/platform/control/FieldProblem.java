package org.totalplace.platform.control;

import java.io.Serializable;

/** One field of a request that is missing or wrong, with what to do about it in plain English. */
public final class FieldProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String field;
  private final String message;

  public FieldProblem(String field, String message) {
    this.field = field;
    this.message = message;
  }

  public String getField() {
    return field;
  }

  public String getMessage() {
    return message;
  }
}
