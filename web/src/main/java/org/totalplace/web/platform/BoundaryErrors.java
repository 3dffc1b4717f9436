package org.totalplace.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Iterator;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;

/**
 * A boundary's "not found" or "not allowed" that a page did not handle itself becomes the plain 404
 * or 403 page, not a 500: the person learns what happened and nothing leaks.
 */
public class BoundaryErrors extends ExceptionHandlerFactory {

  public BoundaryErrors(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable cause = events.next().getContext().getException();
        for (; cause != null; cause = cause.getCause()) {
          if (cause instanceof NotFound || cause instanceof NotAllowed) {
            events.remove();
            Pages.sendError(
                cause instanceof NotFound
                    ? HttpServletResponse.SC_NOT_FOUND
                    : HttpServletResponse.SC_FORBIDDEN,
                cause.getMessage());
            break;
          }
        }
      }
      getWrapped().handle();
    }
  }
}
