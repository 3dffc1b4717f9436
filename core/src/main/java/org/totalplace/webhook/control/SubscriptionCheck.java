package org.totalplace.webhook.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.webhook.entity.EventType;
import org.totalplace.webhook.entity.NewSubscription;

/**
 * What a subscription must be: an absolute https address (plain http only to this machine, and only
 * where configured, for development and tests) that {@link WebhookTargets} allows, known event
 * types, a sensible number of attempts. Every problem is reported at once, against its field.
 */
public final class SubscriptionCheck {

  static final int MAX_URL = 2000;
  static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

  /** A subscription that passed: the address, the events and the attempts to make. */
  public record Checked(String url, Set<EventType> events, int maxAttempts) {}

  private SubscriptionCheck() {}

  public static Checked check(NewSubscription request, WebhookTargets targets) {
    List<FieldProblem> problems = new ArrayList<>();
    String url = request.getUrl() == null ? "" : request.getUrl().strip();
    url(url, targets).ifPresent(p -> problems.add(new FieldProblem("url", p)));
    Set<EventType> events = EnumSet.noneOf(EventType.class);
    if (request.getEvents() == null || request.getEvents().isEmpty()) {
      problems.add(
          new FieldProblem("events", "Choose at least one event: " + EventType.allNames()));
    } else {
      List<String> unknown = new ArrayList<>();
      for (String name : request.getEvents()) {
        EventType.named(name).ifPresentOrElse(events::add, () -> unknown.add(String.valueOf(name)));
      }
      if (!unknown.isEmpty()) {
        problems.add(
            new FieldProblem(
                "events",
                "There is no event called "
                    + String.join(", ", unknown)
                    + ". Choose from: "
                    + EventType.allNames()));
      }
    }
    int attempts =
        request.getMaxAttempts() == null ? Backoff.MAX_ATTEMPTS : request.getMaxAttempts();
    if (attempts < 1 || attempts > Backoff.MAX_ATTEMPTS) {
      problems.add(
          new FieldProblem(
              "maxAttempts", "Give a number of attempts from 1 to " + Backoff.MAX_ATTEMPTS));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    return new Checked(url, events, attempts);
  }

  /** What is wrong with the address, if anything. */
  static Optional<String> url(String url, WebhookTargets targets) {
    boolean httpLoopbackAllowed = targets.loopbackAllowed();
    if (url.isEmpty()) {
      return Optional.of("Give the https address to send events to");
    }
    if (url.length() > MAX_URL) {
      return Optional.of("Keep the address to " + MAX_URL + " characters or fewer");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      return Optional.of("This is not a web address. Give one like https://example.org/events");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getHost() == null || uri.isOpaque()) {
      return Optional.of("Give a full address, like https://example.org/events");
    }
    if (uri.getUserInfo() != null) {
      return Optional.of("Leave names and passwords out of the address: events are signed");
    }
    if (uri.getFragment() != null) {
      return Optional.of("Leave out the part after # in the address");
    }
    boolean loopback = LOOPBACK.contains(uri.getHost().toLowerCase(Locale.ROOT));
    if (scheme.equals("https") || (scheme.equals("http") && loopback && httpLoopbackAllowed)) {
      return targets.refusal(uri);
    }
    return Optional.of(
        httpLoopbackAllowed
            ? "Use an https address (plain http only to 127.0.0.1 or localhost)"
            : "Use an https address, so events cannot be read on the way");
  }
}
