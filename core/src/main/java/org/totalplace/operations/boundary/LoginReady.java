package org.totalplace.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak publishes the realm's OpenID discovery document: without it nobody can
 * log in and no system token can be checked.
 */
@Readiness
@ApplicationScoped
public class LoginReady implements HealthCheck {

  static final Duration TIMEOUT = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "mp.jwt.verify.issuer")
  String issuer;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

  @Override
  public HealthCheckResponse call() {
    var answer = HealthCheckResponse.named("keycloak");
    try {
      HttpResponse<Void> discovery =
          http.send(
              HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                  .timeout(TIMEOUT)
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      return answer
          .status(discovery.statusCode() == 200)
          .withData("discoveryStatus", discovery.statusCode())
          .build();
    } catch (IOException e) {
      return answer.down().withData("error", "no answer").build();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return answer.down().withData("error", "interrupted").build();
    }
  }
}
