package org.totalplace.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * People log in at Keycloak with standard OpenID Connect (authorization code flow). Signing out
 * also ends the Keycloak session, so the next person at the desk must log in again.
 */
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${loginSettings.providerUri}",
    clientId = "${loginSettings.clientId}",
    clientSecret = "${loginSettings.clientSecret}",
    redirectURI = "${baseURL}/Callback",
    redirectToOriginalResource = false,
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
    logout =
        @LogoutDefinition(notifyProvider = true, redirectURI = "${loginSettings.signedOutUri}"))
public class Login {}
