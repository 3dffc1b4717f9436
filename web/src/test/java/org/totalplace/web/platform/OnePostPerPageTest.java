package org.totalplace.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnePostPerPageTest {

  final Map<String, Object> session = new HashMap<>();

  @Test
  void aRenderedPageIsAcceptedOnceAndTheRepeatGoesWhereTheFirstPostWas() {
    assertThat(OnePostPerPage.firstPostOf(session, "1:1", "/person.xhtml?id=7")).isNull();
    assertThat(OnePostPerPage.firstPostOf(session, "1:2", "/person.xhtml?id=8")).isNull();

    assertThat(OnePostPerPage.firstPostOf(session, "1:1", "/person.xhtml"))
        .isEqualTo("/person.xhtml?id=7");
  }

  @Test
  void onlyTheNewestKeysAreRemembered() {
    for (int i = 0; i <= OnePostPerPage.REMEMBERED; i++) {
      OnePostPerPage.firstPostOf(session, "k" + i, "/index.xhtml");
    }

    assertThat(OnePostPerPage.firstPostOf(session, "k0", "/index.xhtml")).as("forgotten").isNull();
    assertThat(OnePostPerPage.firstPostOf(session, "k" + OnePostPerPage.REMEMBERED, "/x"))
        .isEqualTo("/index.xhtml");
  }
}
