package org.totalplace.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.totalplace.platform.entity.Roles;

/**
 * Version 1 of the API. Only Keycloak bearer tokens are accepted; agency and roles come from the
 * token's groups claim.
 */
@ApplicationPath("v1")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({
  Roles.FRONTLINE_WORKER,
  Roles.TEAM_LEAD,
  Roles.AGENCY_ADMIN,
  Roles.DATA_PROTECTION_OFFICER
})
public class TotalplaceApi extends Application {}
