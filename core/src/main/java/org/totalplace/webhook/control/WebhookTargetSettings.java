package org.totalplace.webhook.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where events may go, as this installation is configured: read once, for subscribing and for
 * sending alike, so the two can never judge an address differently.
 */
@ApplicationScoped
public class WebhookTargetSettings {

  /** Plain http to this machine, for development and tests only (./totalplace up sets it). */
  @Inject
  @ConfigProperty(name = "totalplace.webhooks.allow-http-loopback", defaultValue = "false")
  boolean httpLoopbackAllowed;

  /** The stack's own administration ports; the launcher sets them from its port plan. */
  @Inject
  @ConfigProperty(
      name = "totalplace.webhooks.refused-ports",
      defaultValue = WebhookTargets.DEFAULT_REFUSED_PORTS)
  String refusedPorts;

  public WebhookTargets targets() {
    return WebhookTargets.of(httpLoopbackAllowed, refusedPorts);
  }
}
