package org.totalplace.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/** Which job opens the counting pages, and where each job lands after login. */
class PageRolesTest {

  static Caller with(String agency, String... roles) {
    return new Caller("someone", "Someone", agency, Set.of(roles));
  }

  @Test
  void anAnalystOpensTheCountingPagesButNoPageWithPeopleOnIt() {
    Caller analyst = with(null, Roles.ANALYST);
    assertThat(PageRoles.rolesFor("/counting/costs.xhtml").stream().anyMatch(analyst::hasRole))
        .isTrue();
    for (String page :
        new String[] {
          "/index.xhtml",
          "/person.xhtml",
          "/work.xhtml",
          "/lead/caseloads.xhtml",
          "/dpo/index.xhtml"
        }) {
      assertThat(PageRoles.rolesFor(page).stream().anyMatch(analyst::hasRole)).as(page).isFalse();
    }
  }

  @Test
  void theLoginsReturnIsOpenToEveryJobSoEachReachesItsFirstPage() {
    assertThat(PageRoles.rolesFor("/Callback")).isEmpty();
  }

  @Test
  void thePagesScriptsAreOpenToEveryJobSoAnAnalystsFormsWork() {
    // PrimeFaces' script puts the CSP nonce into each form; refused, every post failed.
    assertThat(PageRoles.rolesFor("/jakarta.faces.resource/core.js.xhtml")).isEmpty();
  }

  @Test
  void frontlineWorkersAreNotGivenTheCountingPages() {
    Caller worker = with("housing", Roles.FRONTLINE_WORKER);
    assertThat(PageRoles.rolesFor("/counting/deflators.xhtml").stream().anyMatch(worker::hasRole))
        .isFalse();
    assertThat(PageRoles.rolesFor("/counting/costs.xhtml"))
        .containsExactlyInAnyOrder(Roles.ANALYST, Roles.AGENCY_ADMIN, Roles.TEAM_LEAD);
  }

  @Test
  void everyoneLandsOnTheFirstPageTheirJobGivesThem() {
    assertThat(Navigation.home(with(null, Roles.ANALYST))).isEqualTo("/counting/place.xhtml");
    assertThat(Navigation.home(with("housing", Roles.ANALYST, Roles.TEAM_LEAD)))
        .isEqualTo("/index.xhtml");
    assertThat(Navigation.home(with("housing", Roles.FRONTLINE_WORKER))).isEqualTo("/index.xhtml");
  }
}
