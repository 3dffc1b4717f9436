package org.totalplace.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import java.io.Serializable;

/** An organisation of the place (housing, probation, ...); its code is also a realm group. */
@Entity
@NamedQuery(name = "Agency.all", query = "select a from Agency a order by a.name")
public class Agency implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id private String code;

  private String name;

  protected Agency() {}

  public Agency(String code, String name) {
    this.code = code;
    this.name = name;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }
}
