package org.totalplace.directory.entity;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/** A place where the service is delivered. */
@Embeddable
public class ServiceLocation implements Serializable {
  private static final long serialVersionUID = 1L;

  private int position;
  private String name;
  private String address;
  private String postcode;

  protected ServiceLocation() {}

  public ServiceLocation(int position, String name, String address, String postcode) {
    this.position = position;
    this.name = name;
    this.address = address;
    this.postcode = postcode;
  }

  public int getPosition() {
    return position;
  }

  public String getName() {
    return name;
  }

  public String getAddress() {
    return address;
  }

  public String getPostcode() {
    return postcode;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ServiceLocation o
        && position == o.position
        && Objects.equals(name, o.name)
        && Objects.equals(address, o.address)
        && Objects.equals(postcode, o.postcode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, name, address, postcode);
  }

  @Override
  public String toString() {
    return name + (postcode == null ? "" : " (" + postcode + ")");
  }
}
