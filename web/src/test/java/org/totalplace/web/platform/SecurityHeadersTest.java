package org.totalplace.web.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void onlySharedFilesMayBeCached() {
    assertThat(SecurityHeaders.isStatic("/resources/css/app.css")).isTrue();
    assertThat(SecurityHeaders.isStatic("/jakarta.faces.resource/core.js.xhtml")).isTrue();
    assertThat(SecurityHeaders.isStatic("/person.xhtml")).isFalse();
    assertThat(SecurityHeaders.isStatic("/download/table")).isFalse();
  }
}
