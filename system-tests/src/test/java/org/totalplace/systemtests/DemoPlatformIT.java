package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.generator.place.DemoPlace;
import org.totalplace.launcher.Stack;

/**
 * The platform as {@code ./totalplace up} brings it up: demo data on, so the generated place is
 * loaded before the app deploys and the named stories are told on top of it. A stack of its own
 * (ports offset by 20000), beside the one the other system tests share.
 */
class DemoPlatformIT {

  static Stack stack;

  @BeforeAll
  static void up() {
    stack =
        Stack.configure()
            .home(Path.of(System.getProperty("totalplace.home", "target/stack") + "-demo"))
            .dist(Path.of(System.getProperty("totalplace.dist", "../launcher/target/dist")))
            .portOffset(20000)
            .demoData(true)
            .freshData(true)
            .start();
  }

  @AfterAll
  static void down() {
    stack.close();
  }

  @Test
  void theGeneratedPeopleAreThereToSearchWithATypo() throws Exception {
    List<String> person =
        row("select id, given_name, family_name, date_of_birth from person where id = 1234");
    String typo = person.get(1) + " " + person.get(2).substring(0, person.get(2).length() - 1);
    List<Long> found = ids("q=" + Api.enc(typo) + "&dateOfBirth=" + person.get(3));
    assertThat(found).contains(Long.parseLong(person.get(0)));
  }

  @Test
  void theNamedStoriesAreToldOnTopOfTheGeneratedPlace() throws Exception {
    long stories = number("select count(*) from person") - DemoPlace.PEOPLE;
    assertThat(stories).isBetween(20L, 100L);
    assertThat(ids("q=" + Api.enc("Jordon Myles") + "&dateOfBirth=1988-04-12")).hasSize(2);
    // The stories' open referrals run in the engine; the generated ones are all finished.
    assertThat(
            number(
                "select count(*) from referral where process_instance_id is not null and status"
                    + " in ('SENT', 'RECEIVED', 'ACCEPTED', 'IN_PROGRESS')"))
        .isPositive();
    assertThat(
            number(
                "select count(*) from referral where process_instance_id is null and status"
                    + " in ('SENT', 'RECEIVED', 'INFORMATION_REQUESTED', 'ACCEPTED',"
                    + " 'IN_PROGRESS')"))
        .isZero();
    assertThat(number("select count(*) from pathway where process_instance_id is not null"))
        .isEqualTo(3);
  }

  @Test
  void theGeneratedHistoryFeedsWhatTeamLeadsSee() throws Exception {
    assertThat(
            number(
                "select count(*) from referral where closed_at < now() - interval '1 year'"
                    + " and to_agency = 'housing'"))
        .isGreaterThan(200);
    assertThat(number("select count(*) from staff where agency = 'housing' and caseworker"))
        .isGreaterThanOrEqualTo(DemoPlace.WORKERS + 3);
  }

  private static List<Long> ids(String query) {
    String token =
        Api.send(
                HttpRequest.newBuilder(
                        URI.create(
                            stack.keycloakUrl()
                                + "/realms/totalplace/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "grant_type=client_credentials&client_id=housing-system"
                                + "&client_secret=demo-housing-system-secret"))
                    .build())
            .json()
            .get("access_token")
            .asText();
    Api.Reply reply =
        Api.send(
            HttpRequest.newBuilder(URI.create(stack.apiUrl() + "/persons?" + query))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + token)
                .build());
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<Long> ids = new ArrayList<>();
    for (JsonNode card : reply.json()) {
      ids.add(card.get("id").asLong());
    }
    return ids;
  }

  private static long number(String sql) throws SQLException {
    return Long.parseLong(row(sql).get(0));
  }

  private static List<String> row(String sql) throws SQLException {
    try (Connection db =
            DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
        Statement statement = db.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      assertThat(rows.next()).as(sql).isTrue();
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        values.add(rows.getString(i));
      }
      return values;
    }
  }
}
