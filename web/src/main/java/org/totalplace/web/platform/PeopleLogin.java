package org.totalplace.web.platform;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.interceptor.Interceptor;
import org.totalplace.platform.control.LoginMechanisms;

/** This WAR logs people in with OpenID Connect, not with the API's bearer tokens. */
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
@ApplicationScoped
public class PeopleLogin extends LoginMechanisms {

  @Override
  protected String mechanismNamed() {
    return "OpenId";
  }
}
