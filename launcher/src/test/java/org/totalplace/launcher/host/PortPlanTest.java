package org.totalplace.launcher.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortPlanTest {

  @Test
  void offsetShiftsEveryPortSoTwoStacksCanRunSideBySide() {
    List<Integer> people = numbers(new PortPlan(0).needed(true));
    List<Integer> tests = numbers(new PortPlan(10000).needed(true));

    assertThat(people)
        .containsExactly(
            15432, 8180, 8080, 8181, 4848, 3700, 3820, 3920, 7676, 8686, 6666, 4900, 5900);
    assertThat(tests).doesNotContainAnyElementsOf(people);
    assertThat(tests).contains(25432, 18180, 18080);
  }

  @Test
  void anExternalDatabaseNeedsNoPostgresPort() {
    assertThat(new PortPlan(0).needed(false))
        .extracting(Port::purpose)
        .doesNotContain("PostgreSQL");
  }

  @Test
  void webhooksMayGoToNoPortOfTheStackButTheAppsOwn() {
    List<String> refused = List.of(new PortPlan(10000).administrationPorts().split(","));

    assertThat(refused).contains("14848", "18686", "18180", "25432").hasSize(11);
    assertThat(refused).doesNotContain("18080", "18181");
  }

  @Test
  void aTakenPortIsNamedWithWhatNeedsIt() throws Exception {
    try (var taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Port port = new Port(taken.getLocalPort(), "Keycloak HTTP");

      assertThatThrownBy(() -> PortPlan.assertFree(List.of(port)))
          .isInstanceOf(LaunchFailure.class)
          .hasMessageStartingWith("Port " + port.number() + " (Keycloak HTTP) is already in use.");
    }
  }

  private static List<Integer> numbers(List<Port> ports) {
    return ports.stream().map(Port::number).toList();
  }
}
