package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Walks every agency, every job role and every sensitivity category over the API, the search, the
 * record page and the download, and proves each sees exactly what the sharing agreements (read from
 * the platform as data) and the person's consents allow: nothing more, nothing less.
 *
 * <p>Health creates the person; health, probation and police each record one entry in every
 * category. The person consents to housing, probation and drug and alcohol services; police holds
 * the record under a legal obligation; the other agencies have no basis and see the "known to"
 * card.
 */
@ExtendWith(Platform.class)
class SharingMatrixIT {

  static final List<String> AGENCIES =
      List.of(
          "housing",
          "jobcentre",
          "probation",
          "health",
          "childrens-services",
          "drug-alcohol",
          "police",
          "voluntary");
  static final List<String> AUTHORS = List.of("health", "probation", "police");
  static final List<String> CATEGORIES =
      List.of(
          "GENERAL",
          "HEALTH",
          "MENTAL_HEALTH",
          "SUBSTANCE_MISUSE",
          "SEXUAL_HEALTH",
          "CRIMINAL_JUSTICE",
          "SAFEGUARDING");
  static final Set<String> CONSENTED = Set.of("housing", "probation", "drug-alcohol");
  static final Set<String> LEGAL_OBLIGATION = Set.of("police");

  static long person;
  static String familyName;

  /** author:category to the unique text of that entry. */
  static final Map<String, String> MARKERS = new LinkedHashMap<>();

  static JsonNode agreements;

  static String client(String agency) {
    return agency.equals("jobcentre") ? "jobcentre-one-stop-shop" : agency + "-system";
  }

  @BeforeAll
  static void aPersonWithEntriesInEveryCategoryFromThreeAgencies() {
    String tag = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    familyName = "Matrixson" + tag;
    Api health = Api.as(client("health"));
    var created =
        health.post(
            "/persons",
            Map.of("givenName", "Morgan", "familyName", familyName, "dateOfBirth", "1984-06-01"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    person = created.json().get("id").asLong();
    String today = LocalDate.now().toString();
    var consent =
        health.post(
            "/persons/" + person + "/consents",
            Map.of(
                "agencies", List.copyOf(CONSENTED),
                "basis", "CONSENT",
                "consent", "GIVEN",
                "purpose", "Resettlement",
                "givenOn", today));
    assertThat(consent.status()).as(consent.toString()).isBetween(200, 204);
    var legal =
        health.post(
            "/persons/" + person + "/consents",
            Map.of(
                "agencies",
                List.copyOf(LEGAL_OBLIGATION),
                "basis",
                "LEGAL_OBLIGATION",
                "purpose",
                "Public protection",
                "givenOn",
                today));
    assertThat(legal.status()).as(legal.toString()).isBetween(200, 204);
    for (String author : AUTHORS) {
      Api api = Api.as(client(author));
      for (String category : CATEGORIES) {
        String marker =
            "mx" + author.replace("-", "") + category.replace("_", "").toLowerCase() + tag;
        MARKERS.put(author + ":" + category, marker);
        var entry =
            api.post(
                "/persons/" + person + "/entries",
                Map.of("kind", "NOTE", "sensitivity", category, "summary", marker));
        assertThat(entry.status()).as(author + " " + category + ": " + entry).isEqualTo(201);
      }
    }
    agreements = Api.as(client("housing")).get("/sharing-agreements").json();
    assertThat(agreements.size()).isPositive();
  }

  static boolean recordOpen(String viewer) {
    return viewer.equals("health")
        || CONSENTED.contains(viewer)
        || LEGAL_OBLIGATION.contains(viewer);
  }

  /** The rule, as the issue states it, against the agreements the platform holds. */
  static Set<String> visibleTo(String viewer) {
    Set<String> visible = new TreeSet<>();
    if (!recordOpen(viewer)) {
      return visible;
    }
    LocalDate today = LocalDate.now();
    MARKERS.forEach(
        (key, marker) -> {
          String author = key.substring(0, key.indexOf(':'));
          String category = key.substring(key.indexOf(':') + 1);
          if (author.equals(viewer)) {
            visible.add(marker);
            return;
          }
          for (JsonNode a : agreements) {
            boolean inForce =
                !LocalDate.parse(a.get("validFrom").asText()).isAfter(today)
                    && (a.get("validTo") == null
                        || a.get("validTo").isNull()
                        || !LocalDate.parse(a.get("validTo").asText()).isBefore(today));
            boolean basisHolds =
                !a.get("lawfulBasis").asText().equals("CONSENT") || CONSENTED.contains(viewer);
            if (a.get("fromAgency").asText().equals(author)
                && a.get("toAgency").asText().equals(viewer)
                && a.get("sensitivity").asText().equals(category)
                && inForce
                && basisHolds) {
              visible.add(marker);
            }
          }
        });
    return visible;
  }

  static void assertShowsExactly(
      SoftAssertions soft, String what, String body, Set<String> expected) {
    for (String marker : MARKERS.values()) {
      if (expected.contains(marker)) {
        soft.assertThat(body).as(what + " should show " + marker).contains(marker);
      } else {
        soft.assertThat(body).as(what + " must not show " + marker).doesNotContain(marker);
      }
    }
  }

  @Test
  void theMatrixIsNotTrivial() {
    // Guards the test itself: someone sees some and not all; someone sees nothing.
    assertThat(visibleTo("housing")).isNotEmpty().hasSizeLessThan(MARKERS.size());
    assertThat(visibleTo("voluntary")).isEmpty();
    assertThat(visibleTo("health")).hasSizeLessThan(MARKERS.size());
  }

  @Test
  void theApiShowsEachAgencyExactlyWhatItMaySee() {
    SoftAssertions soft = new SoftAssertions();
    for (String viewer : AGENCIES) {
      var reply = Api.as(client(viewer)).get("/persons/" + person);
      soft.assertThat(reply.status()).as(viewer).isEqualTo(200);
      soft.assertThat(reply.json().get("access").asText())
          .as(viewer + " access")
          .isEqualTo(recordOpen(viewer) ? "RECORD" : "KNOWN_TO");
      assertShowsExactly(soft, "API record for " + viewer, reply.body(), visibleTo(viewer));
    }
    soft.assertAll();
  }

  @Test
  void searchShowsWhoThePersonIsToEveryoneAndNothingRecordedAboutThem() {
    SoftAssertions soft = new SoftAssertions();
    for (String viewer : AGENCIES) {
      var reply = Api.as(client(viewer)).get("/persons?q=morgan+" + familyName);
      soft.assertThat(reply.status()).as(viewer).isEqualTo(200);
      soft.assertThat(reply.body()).as(viewer).contains(familyName);
      JsonNode found = null;
      for (JsonNode card : reply.json()) {
        if (card.get("id").asLong() == person) {
          found = card;
        }
      }
      soft.assertThat(found).as(viewer + " finds the person").isNotNull();
      if (found != null) {
        soft.assertThat(found.get("access").asText())
            .as(viewer)
            .isEqualTo(recordOpen(viewer) ? "RECORD" : "KNOWN_TO");
        soft.assertThat(
                found.path("dateOfBirth").isMissingNode() || found.get("dateOfBirth").isNull())
            .as(viewer + " date of birth hidden unless the record is open")
            .isEqualTo(!recordOpen(viewer));
      }
      assertShowsExactly(soft, "API search for " + viewer, reply.body(), Set.of());
    }
    soft.assertAll();
  }

  @Test
  void pagesSearchAndDownloadsShowEveryWorkerAndLeadExactlyWhatTheirAgencyMaySee() {
    SoftAssertions soft = new SoftAssertions();
    List<String> users = new ArrayList<>();
    AGENCIES.forEach(a -> users.addAll(List.of(a + ".worker", a + ".lead")));
    for (String user : users) {
      String agency = user.substring(0, user.indexOf('.'));
      Set<String> expected = visibleTo(agency);
      PageSession session = PageSession.login(user);

      HttpResponse<String> page = session.get("/person.xhtml?id=" + person);
      soft.assertThat(page.statusCode()).as(user + " record page").isEqualTo(200);
      soft.assertThat(page.body()).as(user).contains(familyName);
      soft.assertThat(page.body())
          .as(user + " sees the right view")
          .contains(recordOpen(agency) ? "id=\"record\"" : "id=\"known-to\"");
      assertShowsExactly(soft, "record page for " + user, page.body(), expected);

      HttpResponse<String> search = session.get("/index.xhtml");
      HttpResponse<String> results =
          session.submit(search, "search", "find", "search:text=morgan " + familyName);
      soft.assertThat(results.body()).as(user + " search").contains(familyName);
      assertShowsExactly(soft, "search page for " + user, results.body(), Set.of());

      HttpResponse<String> download = session.get("/download/record?id=" + person);
      if (recordOpen(agency)) {
        soft.assertThat(download.statusCode()).as(user + " download").isEqualTo(200);
        assertShowsExactly(soft, "download for " + user, download.body(), expected);
      } else {
        soft.assertThat(download.statusCode()).as(user + " download").isEqualTo(403);
        assertShowsExactly(soft, "refused download for " + user, download.body(), Set.of());
      }
      HttpResponse<String> everything = session.get("/download/subject-access?id=" + person);
      soft.assertThat(everything.statusCode()).as(user + " subject access").isEqualTo(403);
    }
    soft.assertAll();
  }

  @Test
  void officersAndAdminsSeeNoCaseworkAndOnlyTheOfficerExportsEverything() {
    SoftAssertions soft = new SoftAssertions();
    for (String user : List.of("dpo", "housing.admin")) {
      PageSession session = PageSession.login(user);
      HttpResponse<String> page = session.get("/person.xhtml?id=" + person);
      soft.assertThat(page.statusCode()).as(user + " record page").isEqualTo(403);
      assertShowsExactly(soft, "record page for " + user, page.body(), Set.of());
      HttpResponse<String> download = session.get("/download/record?id=" + person);
      soft.assertThat(download.statusCode()).as(user + " download").isEqualTo(403);
    }
    HttpResponse<String> everything =
        PageSession.login("dpo").get("/download/subject-access?id=" + person);
    soft.assertThat(everything.statusCode()).isEqualTo(200);
    assertShowsExactly(
        soft, "subject access export", everything.body(), Set.copyOf(MARKERS.values()));
    HttpResponse<String> adminTries =
        PageSession.login("housing.admin").get("/download/subject-access?id=" + person);
    soft.assertThat(adminTries.statusCode()).isEqualTo(403);
    soft.assertAll();
  }
}
