package org.totalplace.launcher.host;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/**
 * Every port the stack binds, shifted by one offset so that a test stack (offset 10000) and a
 * people's stack (offset 0) can run side by side.
 */
public final class PortPlan {
  private final int offset;

  public PortPlan(int offset) {
    if (offset < 0 || offset > 40000) {
      throw new LaunchFailure("Port offset " + offset + " is out of range (0 to 40000).");
    }
    this.offset = offset;
  }

  public int offset() {
    return offset;
  }

  public Port postgres() {
    return port(15432, "PostgreSQL");
  }

  public Port keycloak() {
    return port(8180, "Keycloak HTTP");
  }

  public Port http() {
    return port(8080, "Payara HTTP");
  }

  public Port https() {
    return port(8181, "Payara HTTPS");
  }

  public Port admin() {
    return port(4848, "Payara admin");
  }

  public Port iiop() {
    return port(3700, "Payara IIOP");
  }

  public Port iiopSsl() {
    return port(3820, "Payara IIOP/SSL");
  }

  public Port iiopMutualAuth() {
    return port(3920, "Payara IIOP/SSL mutual auth");
  }

  public Port jms() {
    return port(7676, "Payara JMS");
  }

  public Port jmx() {
    return port(8686, "Payara JMX");
  }

  public Port osgiShell() {
    return port(6666, "Payara OSGi shell");
  }

  public Port hazelcastDas() {
    return port(4900, "Payara Hazelcast");
  }

  public Port hazelcastStart() {
    return port(5900, "Payara Hazelcast instances");
  }

  /** The ports the stack needs; PostgreSQL's only when it is embedded. */
  public List<Port> needed(boolean embeddedPostgres) {
    List<Port> payaraAndKeycloak =
        List.of(
            keycloak(),
            http(),
            https(),
            admin(),
            iiop(),
            iiopSsl(),
            iiopMutualAuth(),
            jms(),
            jmx(),
            osgiShell(),
            hazelcastDas(),
            hazelcastStart());
    if (!embeddedPostgres) {
      return payaraAndKeycloak;
    }
    List<Port> all = new ArrayList<>(payaraAndKeycloak);
    all.add(0, postgres());
    return List.copyOf(all);
  }

  /**
   * Every port of the stack but the app's own HTTP and HTTPS, as "4848,8686,...": the ones no
   * webhook may be sent to.
   */
  public String administrationPorts() {
    return needed(true).stream()
        .filter(p -> p.number() != http().number() && p.number() != https().number())
        .map(p -> Integer.toString(p.number()))
        .collect(java.util.stream.Collectors.joining(","));
  }

  /** Fails on the first port something else holds, before anything is started. */
  public static void assertFree(List<Port> ports) {
    for (Port port : ports) {
      if (!isFree(port.number())) {
        throw new LaunchFailure(
            "Port "
                + port.number()
                + " ("
                + port.purpose()
                + ") is already in use. Stop whatever is using it, or run ./totalplace stop if an"
                + " earlier platform is still up.");
      }
    }
  }

  static boolean isFree(int port) {
    try (ServerSocket socket = new ServerSocket()) {
      // Without SO_REUSEADDR a port in TIME_WAIT after our own last stop would look taken.
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private Port port(int base, String purpose) {
    return new Port(base + offset, purpose);
  }
}
