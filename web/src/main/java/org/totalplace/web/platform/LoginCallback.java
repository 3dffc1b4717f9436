package org.totalplace.web.platform;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Where Keycloak sends people back after login; the login mechanism has already checked the code by
 * the time this runs. It sends them to the home page: Payara's way of replaying the original
 * request loses its parameters and breaks JSF, so deep links are not replayed yet.
 */
@WebServlet("/Callback")
public class LoginCallback extends HttpServlet {
  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendRedirect(request.getContextPath() + "/index.xhtml");
  }
}
