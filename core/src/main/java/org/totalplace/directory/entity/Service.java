package org.totalplace.directory.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import java.io.Serializable;

/** Something an agency offers that people can be referred to. */
@Entity
@NamedQuery(
    name = "Service.all",
    query = "select s from Service s join fetch s.agency order by s.agency.name, s.name")
public class Service implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agency_code")
  private Agency agency;

  private String name;

  /** How sensitive it is that someone was referred here (a drug service says a lot). */
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private org.totalplace.sharing.entity.Sensitivity sensitivity;

  @Column(length = 1000)
  private String description;

  /** The service's target to accept or decline a referral, in working hours. */
  @Column(name = "response_working_hours")
  private int responseWorkingHours = 16;

  /** A closed service takes no new referrals; its open ones carry on. */
  @Column(name = "accepting_referrals")
  private boolean acceptingReferrals = true;

  @jakarta.persistence.Version private int version;

  protected Service() {}

  public Service(Agency agency, String name, String description) {
    this.agency = agency;
    this.name = name;
    this.description = description;
  }

  public Long getId() {
    return id;
  }

  public Agency getAgency() {
    return agency;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public org.totalplace.sharing.entity.Sensitivity getSensitivity() {
    return sensitivity;
  }

  public int getResponseWorkingHours() {
    return responseWorkingHours;
  }

  public void setResponseWorkingHours(int responseWorkingHours) {
    this.responseWorkingHours = responseWorkingHours;
  }

  public boolean isAcceptingReferrals() {
    return acceptingReferrals;
  }

  public void setAcceptingReferrals(boolean acceptingReferrals) {
    this.acceptingReferrals = acceptingReferrals;
  }

  public int getVersion() {
    return version;
  }
}
