package org.totalplace.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;

/** How a page tells the person what went wrong, in plain English, next to the field. */
public final class Pages {

  private Pages() {}

  /** Shows each problem next to its field, named as formId:field on the page. */
  public static void show(String formId, InvalidInput problems) {
    for (FieldProblem problem : problems.getProblems()) {
      fieldError(formId + ":" + problem.getField(), problem.getMessage());
    }
  }

  public static void fieldError(String clientId, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    FacesContext.getCurrentInstance().validationFailed();
  }

  /** Whether this request has already shown a problem to the person. */
  public static boolean failed() {
    return FacesContext.getCurrentInstance().isValidationFailed();
  }

  public static void error(String message) {
    fieldError(null, message);
  }

  /**
   * Says a change was made. The page is then shown again by a redirect to its own address ({@link
   * OnePostPerPage}), the message carried over, so a refresh cannot post the form again.
   */
  public static void done(String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    faces.getAttributes().put(CHANGED, Boolean.TRUE);
  }

  /**
   * Keeps what a change produced (an import's list of what it added) for the page shown after the
   * redirect, once; read it there with {@link #carried}.
   */
  public static void carry(String key, Object value) {
    FacesContext.getCurrentInstance().getExternalContext().getFlash().put(key, value);
  }

  /** What the change before the redirect kept with {@link #carry}, or null. */
  @SuppressWarnings("unchecked")
  public static <T> T carried(String key) {
    return (T) FacesContext.getCurrentInstance().getExternalContext().getFlash().get(key);
  }

  static final String CHANGED = Pages.class.getName() + ".changed";

  /** Whether this request changed something the person asked to change. */
  static boolean changed(FacesContext faces) {
    return faces.getAttributes().containsKey(CHANGED);
  }

  /** A record id from the address bar; null when it is missing or not a number. */
  public static Long idFrom(String param) {
    if (param == null || !param.matches("\\d{1,18}")) {
      return null;
    }
    return Long.valueOf(param);
  }

  /** Sends the browser to another page of the app, e.g. "/dpo/index.xhtml". */
  public static void redirect(String page) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Ends the request with an error page: 404 for what is missing or hidden, 403 for the rest. */
  public static void sendError(int status, String message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, message);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
