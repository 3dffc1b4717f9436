package org.totalplace.webhook.control;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where events may not be sent: this machine (unless the development flag allows it), private,
 * shared, link-local (cloud metadata at 169.254.169.254) and multicast networks, and never the
 * platform's own administration ports. A name is judged by every address it resolves to, at
 * subscription and again before each delivery, so a name re-pointed later (DNS rebinding) is caught
 * when it is used. A name that does not resolve yet is not refused: the delivery simply fails.
 */
public final class WebhookTargets {

  /** Finds the addresses of a host; the system resolver in production, a table in tests. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  /** The ports of Payara's admin, JMX, OSGi, IIOP, JMS and Hazelcast, and Keycloak's, unshifted. */
  public static final String DEFAULT_REFUSED_PORTS =
      "4848,8686,6666,7676,3700,3820,3920,4900,5900,8180,5432,15432";

  private final boolean loopbackAllowed;
  private final Set<Integer> refusedPorts;
  private final Resolver resolver;

  public WebhookTargets(boolean loopbackAllowed, Set<Integer> refusedPorts, Resolver resolver) {
    this.loopbackAllowed = loopbackAllowed;
    this.refusedPorts = Set.copyOf(refusedPorts);
    this.resolver = resolver;
  }

  /** The system resolver and a configured list of ports such as "4848, 8686". */
  public static WebhookTargets of(boolean loopbackAllowed, String refusedPorts) {
    Set<Integer> ports =
        Arrays.stream(refusedPorts.split(","))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .map(Integer::valueOf)
            .collect(Collectors.toSet());
    return new WebhookTargets(loopbackAllowed, ports, InetAddress::getAllByName);
  }

  public boolean loopbackAllowed() {
    return loopbackAllowed;
  }

  /** Why events may not go to this absolute address, or empty when they may. */
  public Optional<String> refusal(URI address) {
    int port = address.getPort() != -1 ? address.getPort() : defaultPort(address.getScheme());
    if (refusedPorts.contains(port)) {
      return Optional.of(
          "Port "
              + port
              + " is one of the platform's own administration ports: give your receiver's own address");
    }
    String host = address.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    InetAddress[] resolved;
    try {
      resolved = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
    for (InetAddress ip : resolved) {
      Optional<String> refused = refusal(ip);
      if (refused.isPresent()) {
        return Optional.of(
            host.equals(ip.getHostAddress())
                ? refused.get()
                : host + " resolves to " + ip.getHostAddress() + ": " + refused.get());
      }
    }
    return Optional.empty();
  }

  private Optional<String> refusal(InetAddress ip) {
    if (ip.isLoopbackAddress()) {
      return loopbackAllowed
          ? Optional.empty()
          : Optional.of("an address on this machine (loopback) cannot receive events");
    }
    if (ip.isAnyLocalAddress() || ip.isMulticastAddress()) {
      return Optional.of("this is not the address of one receiver");
    }
    if (ip.isLinkLocalAddress()) {
      return Optional.of("a link-local address (169.254.x.x, fe80::) cannot receive events");
    }
    if (ip.isSiteLocalAddress() || isOtherPrivate(ip.getAddress())) {
      return Optional.of("a private network address cannot receive events");
    }
    return Optional.empty();
  }

  /** 0.0.0.0/8, shared 100.64.0.0/10, IPv6 unique local fc00::/7 and site-local fec0::/10. */
  private static boolean isOtherPrivate(byte[] ip) {
    int first = ip[0] & 0xff;
    int second = ip[1] & 0xff;
    if (ip.length == 4) {
      return first == 0 || (first == 100 && second >= 64 && second < 128);
    }
    return (first & 0xfe) == 0xfc;
  }

  private static int defaultPort(String scheme) {
    return "http".equalsIgnoreCase(scheme) ? 80 : 443;
  }
}
