package org.totalplace.web.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.faces.render.ResponseStateManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Post/Redirect/Get for every form, in one place. A form post that changed something ({@link
 * Pages#done}) is answered with a redirect to the page's own address (its view parameters, such as
 * the person's id, included), so refreshing or bookmarking it never posts again. And each rendered
 * form is accepted once: a second post of the same page (a double click, the browser's "resend" on
 * refresh, Back to a posted page and submit) changes nothing and shows the page as it now stands.
 * Each render has its own view-state key (Mojarra makes one per response), so the key of the post
 * is the token. AJAX requests (sorting a table) are left alone: they change nothing.
 */
public class OnePostPerPage implements PhaseListener {
  private static final long serialVersionUID = 1L;

  static final String POSTED = OnePostPerPage.class.getName() + ".posted";

  /** Enough for any person's afternoon; the oldest keys go first. */
  static final int REMEMBERED = 500;

  static final String ALREADY_SENT =
      "That form was already sent, so nothing was done again. The page shows how things stand now.";

  @Override
  public PhaseId getPhaseId() {
    return PhaseId.ANY_PHASE;
  }

  @Override
  public void afterPhase(PhaseEvent event) {
    FacesContext faces = event.getFacesContext();
    if (!faces.isPostback() || faces.getPartialViewContext().isAjaxRequest()) {
      return;
    }
    if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
      refuseRepeat(faces);
    } else if (event.getPhaseId() == PhaseId.INVOKE_APPLICATION
        && Pages.changed(faces)
        && !faces.getResponseComplete()
        && !faces.isValidationFailed()) {
      showAgain(faces);
    }
  }

  @Override
  public void beforePhase(PhaseEvent event) {}

  private static void refuseRepeat(FacesContext faces) {
    ExternalContext external = faces.getExternalContext();
    String key = external.getRequestParameterMap().get(ResponseStateManager.VIEW_STATE_PARAM);
    if (key == null || faces.getViewRoot() == null) {
      return;
    }
    // The page's address as it was when first posted: its beans may be gone by the repeat.
    String address = firstPostOf(external.getSessionMap(), key, pageAddress(faces));
    if (address == null) {
      return;
    }
    external.getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, ALREADY_SENT, ALREADY_SENT));
    redirect(faces, address);
  }

  /**
   * Null when this is the first post of the rendered page with this view-state key; otherwise the
   * page's address as it was at that first post.
   */
  @SuppressWarnings("unchecked")
  static String firstPostOf(Map<String, Object> session, String key, String address) {
    LinkedHashMap<String, String> posted;
    synchronized (session) {
      posted =
          (LinkedHashMap<String, String>)
              session.computeIfAbsent(POSTED, k -> new LinkedHashMap<>());
    }
    synchronized (posted) {
      String earlier = posted.putIfAbsent(key, address);
      if (earlier != null) {
        return earlier;
      }
      Iterator<String> oldest = posted.keySet().iterator();
      while (posted.size() > REMEMBERED) {
        oldest.next();
        oldest.remove();
      }
      return null;
    }
  }

  /** Sends the browser to the page's own bookmarkable address (a GET), messages in the flash. */
  private static void showAgain(FacesContext faces) {
    redirect(faces, pageAddress(faces));
  }

  /** The page's address with its view parameters (the person's id, say). */
  private static String pageAddress(FacesContext faces) {
    return faces
        .getApplication()
        .getViewHandler()
        .getBookmarkableURL(faces, faces.getViewRoot().getViewId(), Map.of(), true);
  }

  private static void redirect(FacesContext faces, String address) {
    try {
      faces.getExternalContext().redirect(address);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
