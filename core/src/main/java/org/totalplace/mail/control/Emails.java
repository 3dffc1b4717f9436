package org.totalplace.mail.control;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.platform.control.Sql;

/**
 * Puts an email in the outbox, inside the caller's transaction: if the change rolls back, so does
 * the email. Emails carry no personal details, only what happened and a link to sign in and see.
 */
@Stateless
public class Emails {

  @PersistenceContext EntityManager em;

  @jakarta.inject.Inject
  @ConfigProperty(name = "totalplace.url", defaultValue = "http://localhost:8080")
  String baseUrl;

  Clock clock = Clock.systemUTC();

  public void queue(String to, String subject, String body) {
    if (to == null || to.isBlank()) {
      return;
    }
    Sql.update(
        em,
        "insert into outgoing_email (to_address, subject, body, created_at) values (?1, ?2, ?3,"
            + " ?4)",
        to,
        subject,
        body,
        clock.instant());
  }

  /** A link into the platform, for an email. */
  public String link(String path) {
    return baseUrl + path;
  }
}
