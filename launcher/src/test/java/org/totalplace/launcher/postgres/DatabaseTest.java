package org.totalplace.launcher.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseTest {

  @Test
  void keycloakUsesTheSameExternalServerWithItsOwnDatabase() {
    Database external =
        Database.external("jdbc:postgresql://db.example:5432/app?sslmode=require", "u", "p");

    assertThat(external.keycloakUrl())
        .isEqualTo("jdbc:postgresql://db.example:5432/keycloak?sslmode=require");
    assertThat(external.appUrl()).endsWith("/app?sslmode=require");
  }
}
