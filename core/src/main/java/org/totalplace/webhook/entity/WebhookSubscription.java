package org.totalplace.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One system's wish to hear about some events of its agency, at a URL, signed with a secret only it
 * and the platform know. Removing one keeps the row, so its delivery history stays readable.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(
    name = "WebhookSubscription.activeOf",
    query =
        "select s from WebhookSubscription s where s.agency = :agency and s.active = true"
            + " order by s.createdAt, s.id")
public class WebhookSubscription implements Serializable {
  private static final long serialVersionUID = 1L;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String agency;

  private String owner;

  private String url;

  private String secret;

  @Column(name = "event_types")
  private String eventTypes;

  @Column(name = "max_attempts")
  private int maxAttempts;

  private boolean active;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "updated_at")
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  @Version private int version;

  protected WebhookSubscription() {}

  public WebhookSubscription(
      String agency,
      String owner,
      String url,
      Set<EventType> events,
      int maxAttempts,
      String secret,
      Instant at) {
    this.agency = agency;
    this.owner = owner;
    this.url = url;
    this.eventTypes =
        events.stream().sorted().map(EventType::getWireName).collect(Collectors.joining(","));
    this.maxAttempts = maxAttempts;
    this.secret = secret;
    this.active = true;
    this.createdAt = at;
    this.updatedAt = at;
    this.updatedBy = owner;
  }

  /** Stops new events; deliveries already made stay in the history. */
  public void remove(String by, Instant at) {
    this.active = false;
    this.updatedBy = by;
    this.updatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getAgency() {
    return agency;
  }

  public String getOwner() {
    return owner;
  }

  public String getUrl() {
    return url;
  }

  /** Shown to the subscriber once, when it subscribes; afterwards only the dispatcher reads it. */
  public String getSecret() {
    return secret;
  }

  public List<String> getEvents() {
    return Arrays.asList(eventTypes.split(","));
  }

  public int getMaxAttempts() {
    return maxAttempts;
  }

  public boolean isActive() {
    return active;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public String getUpdatedBy() {
    return updatedBy;
  }

  public int getVersion() {
    return version;
  }
}
