package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.webhook.entity.EventType;
import org.totalplace.webhook.entity.NewSubscription;

class WebhookSubscriptionCheckTest {

  /** The example names resolve to a public address (192.0.2.x is documentation-only, public). */
  static WebhookTargets targets(boolean loopbackAllowed) {
    return new WebhookTargets(
        loopbackAllowed,
        Set.of(4848),
        host ->
            host.equals("localhost")
                ? new InetAddress[] {InetAddress.getLoopbackAddress()}
                : host.matches("[0-9.]+") || host.contains(":")
                    ? InetAddress.getAllByName(host)
                    : new InetAddress[] {InetAddress.getByName("192.0.2.10")});
  }

  @Test
  void anHttpsAddressAndKnownEventsPass() {
    SubscriptionCheck.Checked checked =
        SubscriptionCheck.check(
            new NewSubscription(
                " https://housing.example.org/events ",
                List.of("referral.received", "person.circumstances-changed"),
                null),
            targets(false));

    assertThat(checked.url()).isEqualTo("https://housing.example.org/events");
    assertThat(checked.events())
        .containsExactlyInAnyOrder(EventType.REFERRAL_RECEIVED, EventType.CIRCUMSTANCES_CHANGED);
    assertThat(checked.maxAttempts()).isEqualTo(8);
  }

  @Test
  void plainHttpOnlyToThisMachineAndOnlyWhereAllowed() {
    assertThat(SubscriptionCheck.url("http://127.0.0.1:9000/hook", targets(true))).isEmpty();
    assertThat(SubscriptionCheck.url("http://localhost/hook", targets(true))).isEmpty();
    assertThat(SubscriptionCheck.url("http://127.0.0.1:9000/hook", targets(false))).isPresent();
    assertThat(SubscriptionCheck.url("http://housing.example.org/hook", targets(true))).isPresent();
  }

  @Test
  void addressesThatCannotBeUsedAreRefusedInWords() {
    assertThat(SubscriptionCheck.url("", targets(false)))
        .contains("Give the https address to send events to");
    assertThat(SubscriptionCheck.url("/events", targets(false))).isPresent();
    assertThat(SubscriptionCheck.url("not a url", targets(false))).isPresent();
    assertThat(SubscriptionCheck.url("ftp://example.org/x", targets(false))).isPresent();
    assertThat(SubscriptionCheck.url("https://user:pw@example.org/x", targets(false))).isPresent();
    assertThat(SubscriptionCheck.url("https://example.org/" + "x".repeat(2000), targets(false)))
        .isPresent();
  }

  @Test
  void everyProblemIsReportedAgainstItsField() {
    assertThatThrownBy(
            () ->
                SubscriptionCheck.check(
                    new NewSubscription("http://example.org", List.of("referral.lost"), 9),
                    targets(false)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.getProblems())
                  .extracting(FieldProblem::getField)
                  .containsExactly("url", "events", "maxAttempts");
              assertThat(e.getProblems().get(1).getMessage())
                  .contains("referral.lost")
                  .contains("referral.received");
            });
    assertThatThrownBy(
            () ->
                SubscriptionCheck.check(
                    new NewSubscription("https://e.org", List.of(), 1), targets(false)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(FieldProblem::getField)
                    .containsExactly("events"));
  }
}
