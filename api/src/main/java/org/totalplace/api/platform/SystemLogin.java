package org.totalplace.api.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.totalplace.platform.control.LoginMechanisms;

/** This WAR accepts Keycloak bearer tokens (MicroProfile JWT) and nothing else. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class SystemLogin extends LoginMechanisms {

  /** Payara registers the MP-JWT mechanism through a producer, not under a class of its own. */
  @Override
  protected String mechanismNamed() {
    return "PayaraCdiProducer";
  }
}
