package org.totalplace.platform.control;

import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;

/**
 * One EAR holds two WARs with different logins (OpenID Connect for people, MP-JWT bearer tokens for
 * systems). Payara registers both mechanisms as beans visible to both WARs, which makes Jakarta
 * Security's lookup ambiguous. Each WAR therefore declares an enabled alternative that extends this
 * class and picks its own mechanism by name; the other WAR cannot see it.
 */
public abstract class LoginMechanisms implements HttpAuthenticationMechanism {

  private HttpAuthenticationMechanism chosen;

  /** A word that names the wanted mechanism's bean, e.g. "OpenId" or "JWT". */
  protected abstract String mechanismNamed();

  private synchronized HttpAuthenticationMechanism chosen() {
    if (chosen == null) {
      BeanManager beans = CDI.current().getBeanManager();
      List<Bean<?>> matching =
          beans.getBeans(HttpAuthenticationMechanism.class).stream()
              .filter(b -> !LoginMechanisms.class.isAssignableFrom(b.getBeanClass()))
              .filter(b -> describe(b).contains(mechanismNamed()))
              .toList();
      if (matching.size() != 1) {
        // Guessing here could let people in through the wrong door: refuse instead.
        throw new IllegalStateException(
            matching.size() + " login mechanisms match " + mechanismNamed() + ": " + matching);
      }
      Bean<?> bean = matching.get(0);
      CreationalContext<?> context = beans.createCreationalContext(bean);
      chosen =
          (HttpAuthenticationMechanism)
              beans.getReference(bean, HttpAuthenticationMechanism.class, context);
    }
    return chosen;
  }

  private static String describe(Bean<?> bean) {
    return bean.getBeanClass().getName() + " " + bean + " " + bean.getTypes();
  }

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return chosen().validateRequest(request, response, context);
  }

  @Override
  public AuthenticationStatus secureResponse(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
      throws AuthenticationException {
    return chosen().secureResponse(request, response, context);
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    chosen().cleanSubject(request, response, context);
  }
}
