package org.totalplace.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Where Keycloak is and who we are to it; set per installation by system properties. */
@Named
@ApplicationScoped
public class LoginSettings {

  @Inject
  @ConfigProperty(name = "totalplace.keycloak.url", defaultValue = "http://127.0.0.1:8180")
  String keycloakUrl;

  @Inject
  @ConfigProperty(name = "totalplace.web.client-secret")
  String clientSecret;

  @Inject HttpServletRequest request;

  public String getProviderUri() {
    return keycloakUrl + "/realms/totalplace";
  }

  public String getClientId() {
    return "totalplace-web";
  }

  public String getClientSecret() {
    return clientSecret;
  }

  /** Back to this app's own host after Keycloak has ended the session. */
  public String getSignedOutUri() {
    String base = request.getRequestURL().toString();
    String origin = base.substring(0, base.indexOf('/', base.indexOf("//") + 2));
    return origin + request.getContextPath() + "/signed-out.html";
  }
}
