package org.totalplace.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Pages are named for the operators' metrics and logs from a bounded set. */
class PageRequestsTest {

  @Test
  void aPageIsNamedByItsPathAndEverythingElseByItsKind() {
    assertThat(PageRequests.pageName("/person.xhtml")).isEqualTo("/person.xhtml");
    assertThat(PageRequests.pageName("/")).isEqualTo("/index.xhtml");
    assertThat(PageRequests.pageName("/jakarta.faces.resource/core.js.xhtml"))
        .isEqualTo("static files");
    assertThat(PageRequests.pageName("/resources/site.css")).isEqualTo("static files");
    assertThat(PageRequests.pageName("/download/person/123")).isEqualTo("other");
  }

  @Test
  void probesAndScrapersNeedNoLoginButNothingElseIsOpenedWithThem() {
    assertThat(PageRoles.rolesFor("/health/ready")).isEmpty();
    assertThat(PageRoles.rolesFor("/metrics")).isEmpty();
    assertThat(PageRoles.rolesFor("/healthy.xhtml")).isNotEmpty();
    assertThat(PageRoles.rolesFor("/metrics.xhtml")).isNotEmpty();
  }
}
