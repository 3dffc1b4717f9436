package org.totalplace.web.platform;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.totalplace.platform.entity.Caller;
import org.totalplace.staff.boundary.StaffList;

/**
 * Where Keycloak sends people back after login; the login mechanism has already checked the code by
 * the time this runs. It sends them to the first page their job gives them: Payara's way of
 * replaying the original request loses its parameters and breaks JSF, so deep links are not
 * replayed yet.
 */
@WebServlet("/Callback")
public class LoginCallback extends HttpServlet {
  private static final long serialVersionUID = 1L;

  // A servlet lives as long as the app: the caller is looked up for each request, never kept.
  @Inject Instance<Caller> me;
  @Inject OpenIdContext token;
  @Inject StaffList staff;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    // Each login refreshes who this person is, so escalations reach today's team leads.
    staff.seen(me.get(), token.getClaims().getEmail().orElse(null));
    response.sendRedirect(request.getContextPath() + Navigation.home(me.get()));
  }
}
