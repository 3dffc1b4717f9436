package org.totalplace.person.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One person's shared record, used by every agency involved with them. */
@Entity
public class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name")
  private String familyName;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  private String postcode;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "created_by")
  private String createdBy;

  @Version private int version;

  protected Person() {}

  public Person(NewPerson details, String createdBy, Instant createdAt) {
    this.givenName = details.getGivenName().strip();
    this.familyName = details.getFamilyName().strip();
    this.dateOfBirth = details.getDateOfBirth();
    this.postcode = Postcodes.normalise(details.getPostcode());
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public Long getId() {
    return id;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getFullName() {
    return givenName + " " + familyName;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public String getPostcode() {
    return postcode;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }

  public int getVersion() {
    return version;
  }
}
