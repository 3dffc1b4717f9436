package org.totalplace.flow.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

class FlowFiguresTest {

  static final LocalDate DAY = LocalDate.of(2026, 11, 23);

  @Test
  void aPeriodMustEndOnOrAfterItsStart() {
    assertThat(FlowFigures.period(DAY, DAY).end()).isAfter(FlowFigures.period(DAY, DAY).start());
    assertThatThrownBy(() -> FlowFigures.period(DAY, DAY.minusDays(1)))
        .isInstanceOf(InvalidInput.class)
        .hasMessage("The period must end on or after the day it starts");
    assertThatThrownBy(() -> FlowFigures.period(null, null))
        .hasMessage("Give the first day of the period; Give the last day of the period");
    assertThatThrownBy(() -> FlowFigures.period(DAY.minusYears(6), DAY))
        .hasMessage("Choose a period of five years or less");
  }

  @Test
  void onlyLeadsAdminsAndTheOfficerSeeTheFlow() {
    FlowFigures.requireViewer(caller("housing", Roles.TEAM_LEAD));
    FlowFigures.requireViewer(caller("housing", Roles.AGENCY_ADMIN));
    FlowFigures.requireViewer(caller(null, Roles.DATA_PROTECTION_OFFICER));
    assertThatThrownBy(() -> FlowFigures.requireViewer(caller("housing", Roles.FRONTLINE_WORKER)))
        .isInstanceOf(NotAllowed.class);
    assertThatThrownBy(() -> FlowFigures.requireViewer(caller(null, Roles.TEAM_LEAD)))
        .isInstanceOf(NotAllowed.class);
  }

  private static Caller caller(String agency, String role) {
    return new Caller("someone", "Someone", agency, Set.of(role));
  }
}
