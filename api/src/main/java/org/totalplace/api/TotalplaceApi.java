package org.totalplace.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.totalplace.api.platform.ContractDocument;
import org.totalplace.api.platform.Problem;
import org.totalplace.api.platform.ScopeCheck;
import org.totalplace.platform.entity.Roles;

/**
 * Version 1 of the API. Only Keycloak bearer tokens are accepted; agency and roles come from the
 * token's groups claim, what the system may do from its scopes. The text below is the first thing
 * an integrating developer reads in the browsable contract (/api/docs/).
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
@OpenAPIDefinition(
    info =
        @Info(
            title = "Totalplace API",
            version = "1",
            description =
                "One shared record per person and referrals between the agencies of a place, for"
                    + " one-stop shops and agency case systems.\n\n"
                    + "**Getting a token.** Each integrating system has a Keycloak client bound to"
                    + " one agency and to scopes. Ask for a token with OAuth 2 client credentials:"
                    + "\n\n```\ncurl -d grant_type=client_credentials -d client_id=housing-system"
                    + " -d client_secret=... "
                    + ContractDocument.TOKEN_URL
                    + "\n```\n\n"
                    + "Send it as `Authorization: Bearer <token>`. Tokens last five minutes; get a"
                    + " new one when a call answers 401.\n\n"
                    + "**Making and following a referral.** Find the person (`GET /persons?q=`) or"
                    + " start their record (`POST /persons`), choose a service (`GET /services`),"
                    + " send the referral (`POST /referrals`), then read it (`GET /referrals/{id}`)"
                    + " or list your agency's open work (`GET /work`). The receiving agency"
                    + " acknowledges, accepts or declines and completes it with the `POST"
                    + " /referrals/{id}/...` steps.\n\n"
                    + "**Safe retries.** Every POST takes an `Idempotency-Key` header (any unique"
                    + " string up to 255 characters, kept for 24 hours): the same key with the same"
                    + " body returns the first answer again (with `Idempotent-Replayed: true`), with a"
                    + " different body a 422. Reads return an `ETag`; a change needs it back in"
                    + " `If-Match`, and a stale one answers 412 and changes nothing.\n\n"
                    + "**Errors** are RFC 9457 problem details (`application/problem+json`) with a"
                    + " stable `type`, a plain `title`, the invalid `errors` by field and a"
                    + " `correlationId` to quote to support."),
    servers = @Server(url = "/api", description = "This platform"),
    components =
        @Components(
            schemas = @Schema(name = "Problem", implementation = Problem.class),
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = ScopeCheck.SCHEME,
                    type = SecuritySchemeType.OAUTH2,
                    description = "Keycloak, OAuth 2 client credentials",
                    flows =
                        @OAuthFlows(
                            clientCredentials =
                                @OAuthFlow(
                                    tokenUrl = ContractDocument.TOKEN_URL,
                                    scopes = {
                                      @OAuthScope(
                                          name = "persons.read",
                                          description = "Find people and read shared records"),
                                      @OAuthScope(
                                          name = "persons.write",
                                          description =
                                              "Start records, record changes of circumstances"),
                                      @OAuthScope(
                                          name = "referrals.read",
                                          description = "Read referrals and the open work"),
                                      @OAuthScope(
                                          name = "referrals.write",
                                          description = "Make referrals and act on them"),
                                      @OAuthScope(
                                          name = "directory.read",
                                          description = "Read the service directory"),
                                      @OAuthScope(
                                          name = "webhooks.manage",
                                          description = "Subscribe to events, see deliveries")
                                    })))))
public class TotalplaceApi extends Application {}
