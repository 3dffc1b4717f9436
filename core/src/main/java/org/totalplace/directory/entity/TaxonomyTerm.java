package org.totalplace.directory.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;

/**
 * A need a service meets ("Mental health"), from the place's own list or from the taxonomy of an
 * imported directory. Workers find services by it.
 */
@Entity
@Table(name = "taxonomy_term")
@NamedQuery(name = "TaxonomyTerm.all", query = "select t from TaxonomyTerm t order by t.name")
public class TaxonomyTerm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The place's own list of needs; terms of imported taxonomies keep their taxonomy's name. */
  public static final String NEEDS = "totalplace-needs";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String taxonomy;
  private String code;
  private String name;
  private String description;

  protected TaxonomyTerm() {}

  public TaxonomyTerm(String taxonomy, String code, String name, String description) {
    this.taxonomy = taxonomy;
    this.code = code;
    this.name = name;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public String getTaxonomy() {
    return taxonomy;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }
}
