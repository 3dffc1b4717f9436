package org.totalplace.mail.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.totalplace.platform.control.Sql;

/**
 * Sends what the outbox holds to the SMTP server in configuration ({@code totalplace.smtp.host},
 * {@code totalplace.smtp.port}). Without one, emails wait in the outbox; the in-app notices still
 * reach people. A failed send is retried on the next round, up to {@value #MAX_ATTEMPTS} times.
 */
@Singleton
public class EmailOutbox {

  private static final Logger LOG = Logger.getLogger(EmailOutbox.class.getName());
  static final int MAX_ATTEMPTS = 10;
  static final int BATCH = 50;

  @PersistenceContext EntityManager em;

  @Inject
  @ConfigProperty(name = "totalplace.smtp.host")
  Optional<String> host;

  @Inject
  @ConfigProperty(name = "totalplace.smtp.port", defaultValue = "25")
  int port;

  @Inject
  @ConfigProperty(name = "totalplace.mail.from", defaultValue = "no-reply@totalplace.test")
  String from;

  Clock clock = Clock.systemUTC();

  @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
  public void deliver() {
    if (host.isEmpty()) {
      return;
    }
    Properties settings = new Properties();
    settings.put("mail.smtp.host", host.get());
    settings.put("mail.smtp.port", String.valueOf(port));
    settings.put("mail.smtp.connectiontimeout", "5000");
    settings.put("mail.smtp.timeout", "5000");
    Session session = Session.getInstance(settings);
    for (Object[] row :
        Sql.rows(
            em,
            "select id, to_address, subject, body from outgoing_email where sent_at is null and"
                + " attempts < ?1 order by id limit "
                + BATCH
                + " for update skip locked",
            MAX_ATTEMPTS)) {
      long id = Sql.id(row[0]);
      try {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from));
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(Sql.text(row[1])));
        message.setSubject(Sql.text(row[2]), "UTF-8");
        message.setText(Sql.text(row[3]), "UTF-8");
        Transport.send(message);
        Sql.update(
            em,
            "update outgoing_email set sent_at = ?2, attempts = attempts + 1 where id = ?1",
            id,
            clock.instant());
      } catch (MessagingException e) {
        LOG.log(Level.WARNING, "Email " + id + " not sent; it will be tried again", e);
        Sql.update(
            em,
            "update outgoing_email set attempts = attempts + 1, last_error = ?2 where id = ?1",
            id,
            String.valueOf(e.getMessage()));
      }
    }
  }
}
