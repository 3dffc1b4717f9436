package org.totalplace.api.person;

import org.totalplace.person.entity.IdentifierScheme;

/** The body of an added identifier: which scheme, and its value as typed. */
public class NewIdentifier {
  private IdentifierScheme scheme;
  private String value;

  public IdentifierScheme getScheme() {
    return scheme;
  }

  public void setScheme(IdentifierScheme scheme) {
    this.scheme = scheme;
  }

  public String getValue() {
    return value;
  }

  public void setValue(String value) {
    this.value = value;
  }
}
