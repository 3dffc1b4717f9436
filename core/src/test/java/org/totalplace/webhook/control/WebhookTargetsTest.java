package org.totalplace.webhook.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WebhookTargetsTest {

  /** A resolver that knows a few names, as DNS would answer them. */
  static final Map<String, String> DNS =
      Map.of(
          "receiver.example.org", "93.184.215.14",
          "rebound.example.org", "10.1.2.3",
          "metadata.example.org", "169.254.169.254",
          "home.example.org", "127.0.0.1");

  final WebhookTargets production = targets(false);
  final WebhookTargets development = targets(true);

  @Test
  void privateLinkLocalAndLoopbackAddressesAreRefused() {
    for (String address :
        new String[] {
          "https://10.0.0.5/hook",
          "https://172.16.1.1/hook",
          "https://192.168.1.20/hook",
          "https://169.254.169.254/latest/meta-data",
          "https://[fe80::1]/hook",
          "https://[fd00::1]/hook",
          "https://100.64.0.1/hook",
          "https://0.0.0.0/hook",
          "https://127.0.0.1/hook",
          "https://[::1]/hook",
          "https://[::ffff:10.0.0.5]/hook"
        }) {
      assertThat(production.refusal(URI.create(address))).as(address).isPresent();
    }
    assertThat(production.refusal(URI.create("https://receiver.example.org/hook"))).isEmpty();
  }

  @Test
  void aNameIsJudgedByTheAddressItResolvesTo() {
    assertThat(production.refusal(URI.create("https://rebound.example.org/hook")))
        .hasValueSatisfying(
            why -> assertThat(why).contains("resolves to 10.1.2.3", "private network"));
    assertThat(production.refusal(URI.create("https://metadata.example.org/x")))
        .hasValueSatisfying(why -> assertThat(why).contains("link-local"));
    assertThat(production.refusal(URI.create("https://home.example.org/x"))).isPresent();
    // Not resolvable yet: not refused here; the delivery fails on its own.
    assertThat(production.refusal(URI.create("https://unknown.example.org/x"))).isEmpty();
  }

  @Test
  void loopbackOnlyWithTheDevelopmentFlagAndNeverOnAnAdminPort() {
    assertThat(development.refusal(URI.create("http://127.0.0.1:9000/hook"))).isEmpty();
    assertThat(development.refusal(URI.create("https://home.example.org/x"))).isEmpty();
    assertThat(development.refusal(URI.create("http://127.0.0.1:14848/management")))
        .hasValueSatisfying(why -> assertThat(why).contains("Port 14848", "administration"));
    assertThat(production.refusal(URI.create("https://receiver.example.org:14848/x"))).isPresent();
    // 10.x stays refused even in development: only this machine is let through.
    assertThat(development.refusal(URI.create("https://10.0.0.5/hook"))).isPresent();
  }

  @Test
  void theConfiguredPortListIsRead() {
    WebhookTargets targets = WebhookTargets.of(true, " 14848, 18686 ,");
    assertThat(targets.refusal(URI.create("http://127.0.0.1:18686/x"))).isPresent();
    assertThat(targets.refusal(URI.create("http://127.0.0.1:18080/x"))).isEmpty();
  }

  private static WebhookTargets targets(boolean loopbackAllowed) {
    return new WebhookTargets(
        loopbackAllowed,
        Set.of(14848),
        host -> {
          String ip = DNS.get(host);
          if (ip != null) {
            return new InetAddress[] {InetAddress.getByName(ip)};
          }
          if (host.endsWith(".example.org")) {
            throw new UnknownHostException(host);
          }
          return InetAddress.getAllByName(host); // a literal address: no lookup
        });
  }
}
