package org.totalplace.web.platform;

import jakarta.enterprise.inject.Model;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Ends the session here and, through the login mechanism, at Keycloak too. */
@Model
public class SignOut {

  @Inject HttpServletRequest request;

  public void signOut() throws ServletException, IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    // The OpenID mechanism redirects to Keycloak's end-session endpoint while logging out.
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    // The mechanism's redirect to Keycloak is not yet committed here: sending our own would replace
    // it, leave the Keycloak session alive, and let Back log the same person in again unasked.
    HttpServletResponse response = (HttpServletResponse) faces.getExternalContext().getResponse();
    if (!response.isCommitted() && response.getHeader("Location") == null) {
      faces.getExternalContext().redirect(request.getContextPath() + "/signed-out.html");
    }
    faces.responseComplete();
  }
}
