package org.totalplace.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;

/**
 * A boundary's "not found" or "not allowed" that a page did not handle itself becomes the plain 404
 * or 403 page; any other failure the 500 page with a correlation id. The two are never confused:
 * only NotFound and NotAllowed in the cause chain make a 404 or 403.
 */
public class BoundaryErrors extends ExceptionHandlerFactory {

  public BoundaryErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  /**
   * Anything else is our fault: logged once under a correlation id and shown as the "went wrong on
   * our side" page with that id, also after an Ajax request (sort, paging), which gets a redirect
   * to it instead of an error the browser would not show.
   */
  static void serverError(Throwable failure) {
    FacesContext faces = FacesContext.getCurrentInstance();
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    String id = RequestLog.correlationId();
    ServerError.log(id, request.getRequestURI(), failure);
    if (faces.getPartialViewContext().isAjaxRequest()) {
      Pages.redirect(ServerError.PATH + "?id=" + id);
    } else {
      request.setAttribute(ServerError.ID, id);
      Pages.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "Page failed " + id);
    }
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      boolean shown = false;
      while (events.hasNext()) {
        Throwable failure = events.next().getContext().getException();
        events.remove();
        if (shown) {
          continue; // one page per request; the first failure is the one that matters
        }
        shown = true;
        Throwable cause = failure;
        while (cause != null && !(cause instanceof NotFound || cause instanceof NotAllowed)) {
          cause = cause.getCause();
        }
        if (cause != null) {
          Pages.sendError(
              cause instanceof NotFound
                  ? HttpServletResponse.SC_NOT_FOUND
                  : HttpServletResponse.SC_FORBIDDEN,
              cause.getMessage());
        } else {
          serverError(failure);
        }
      }
      getWrapped().handle();
    }
  }
}
