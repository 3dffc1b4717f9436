package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service directory: workers find services by need, area and availability over the API; the
 * housing admin loads a council's Open Referral file through the page, closes a service and edits
 * one, and a stale edit or someone outside the agency's admins changes nothing.
 */
@ExtendWith(Platform.class)
class ServiceDirectoryIT {

  /** The sample council file of the core tests: three housing services. */
  static final Path SAMPLE = Path.of("../core/src/test/resources/directory/oruk-housing.json");

  final Api police = Api.as("police-system");

  @Test
  void aWorkerFindsServicesByNeedAndPostcode() {
    JsonNode mental = police.get("/services?need=mental-health&postcode=LS9%208AB").json();
    assertThat(names(mental)).contains("Community mental health");
    assertThat(names(police.get("/services?need=mental-health&postcode=LS10%201AA").json()))
        .as("LS10 is outside the team's area")
        .doesNotContain("Community mental health");

    JsonNode service = first(mental, "Community mental health");
    Api.Reply one = police.get("/services/" + service.get("id").asLong());
    assertThat(one.status()).isEqualTo(200);
    assertThat(one.header("ETag")).isNotBlank();
    JsonNode details = one.json();
    assertThat(details.get("agency").asText()).isEqualTo("health");
    assertThat(details.get("eligibility").asText()).contains("18 to 65");
    assertThat(details.get("responseWorkingHours").asInt()).isPositive();
    assertThat(details.get("waitingWeeks").asInt()).isEqualTo(6);
    assertThat(details.get("contact").get("phone").asText()).isNotBlank();
    assertThat(details.get("areas").toString()).contains("LS9").doesNotContain("LS10");

    Api.Reply badPostcode = police.get("/services?postcode=nowhere");
    assertThat(badPostcode.status()).isEqualTo(400);
    assertThat(badPostcode.header("Content-Type")).startsWith("application/problem+json");
    assertThat(badPostcode.json().get("errors").findValuesAsText("field"))
        .containsExactly("postcode");
    assertThat(police.get("/services/999999999").status()).isEqualTo(404);
  }

  @Test
  void anAgencyAdminImportsACouncilsFileThroughThePageAndImportingAgainUpdatesNothing()
      throws Exception {
    String suffix = ReferralApiIT.suffix();
    String file = councilFile(suffix);
    PageSession admin = PageSession.login("housing.admin");

    HttpResponse<String> first = importThrough(admin, file);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(text(first)).contains("Imported: 3 added, 0 updated, 0 unchanged");
    assertThat(text(first)).contains("Tenancy sustainment " + suffix);

    HttpResponse<String> again = importThrough(admin, file);
    assertThat(text(again)).contains("Imported: 0 added, 0 updated, 3 unchanged");

    HttpResponse<String> changed =
        importThrough(
            admin, file.replace("\"wait_time\": \"3 weeks\"", "\"wait_time\": \"5 weeks\""));
    assertThat(text(changed))
        .contains(
            "Imported: 0 added, 1 updated, 2 unchanged",
            "Waiting time in weeks changed from 3 to 5");

    // Found by a worker of another agency by need and the person's postcode.
    JsonNode found =
        police.get("/services?need=accommodation&postcode=LS11%205QP&available=true").json();
    assertThat(names(found))
        .contains("Tenancy sustainment " + suffix, "Rough sleeper outreach " + suffix);
    JsonNode tenancy = first(found, "Tenancy sustainment " + suffix);
    assertThat(tenancy.get("waitingWeeks").asInt()).isEqualTo(5);
    assertThat(tenancy.get("capacity").asInt()).isEqualTo(6);
    assertThat(tenancy.get("needs").toString()).contains("accommodation");
    assertThat(names(police.get("/services?need=accommodation&postcode=LS1%201AA").json()))
        .as("Tenancy sustainment covers LS10 to LS12 only")
        .doesNotContain("Tenancy sustainment " + suffix)
        .contains("Rough sleeper outreach " + suffix);
    assertThat(audited("SERVICE_IMPORTED", suffix)).hasSize(4);

    // The export has them, with their ids, so the council's file and ours stay one directory.
    Api.Reply export = police.get("/services/export?agency=housing");
    assertThat(export.status()).isEqualTo(200);
    assertThat(export.body())
        .contains("Tenancy sustainment " + suffix, "\"organization\"", "\"service_areas\"");
  }

  @Test
  void aFileWithAProblemImportsNothingAndSaysWhatIsWrong() throws Exception {
    String suffix = ReferralApiIT.suffix();
    String file =
        councilFile(suffix).replaceFirst("\"name\": \"Housing\"", "\"name\": \"Probation\"");
    PageSession admin = PageSession.login("housing.admin");

    String page = text(importThrough(admin, file));

    assertThat(page).contains("Nothing was imported");
    assertThat(page)
        .contains("Tenancy sustainment " + suffix + "”: belongs to Probation, not to Housing");
    assertThat(names(police.get("/services").json()))
        .as("not even the services without a problem")
        .noneMatch(name -> name.endsWith(suffix));
  }

  @Test
  void aClosedServiceIsNotOfferedAsAvailableAndAReferralToItIsRefused() throws Exception {
    String suffix = ReferralApiIT.suffix();
    PageSession admin = PageSession.login("housing.admin");
    importThrough(admin, councilFile(suffix));

    // The admin closes the outreach service on the page.
    HttpResponse<String> list = admin.get("/admin/services.xhtml");
    HttpResponse<String> closed =
        admin.submit(list, "list", button(list, "Rough sleeper outreach " + suffix, "close"));
    assertThat(text(closed))
        .contains("Rough sleeper outreach " + suffix + " is closed to new referrals");

    List<String> available =
        names(police.get("/services?need=accommodation&postcode=LS11%205QP&available=true").json());
    assertThat(available)
        .doesNotContain("Rough sleeper outreach " + suffix, "Home adaptations " + suffix);
    JsonNode all = police.get("/services?need=accommodation&postcode=LS11%205QP").json();
    JsonNode outreach = first(all, "Rough sleeper outreach " + suffix);
    assertThat(outreach.get("acceptingReferrals").asBoolean()).isFalse();
    assertThat(outreach.get("available").asBoolean()).isFalse();

    // Refusing a referral to a closed service is the lead's change to Referrals.send.
    long person = ReferralApiIT.createPerson(police, "Casey", "Closed" + suffix);
    Api.Reply referral =
        police.post(
            "/referrals",
            Map.of(
                "personId",
                person,
                "serviceId",
                outreach.get("id").asLong(),
                "urgency",
                "URGENT",
                "reason",
                "Sleeping rough"));
    assertThat(referral.status()).as(referral.toString()).isIn(400, 409);
    assertThat(referral.header("Content-Type")).startsWith("application/problem+json");
  }

  @Test
  void onlyTheAgencysAdminCanChangeItsServicesAndAStaleEditIsRefused() throws Exception {
    String suffix = ReferralApiIT.suffix();
    PageSession admin = PageSession.login("housing.admin");
    importThrough(admin, councilFile(suffix));
    String name = "Home adaptations " + suffix;

    assertThat(PageSession.login("police.worker").get("/admin/services.xhtml").statusCode())
        .isEqualTo(403);
    assertThat(PageSession.login("housing.worker").get("/admin/services.xhtml").statusCode())
        .isEqualTo(403);

    // Two copies of the same service open at once, in two sessions of the admin.
    PageSession other = PageSession.login("housing.admin");
    HttpResponse<String> mine = openEditor(admin, name);
    HttpResponse<String> theirs = openEditor(other, name);

    HttpResponse<String> saved = save(admin, mine, name, "7");
    assertThat(text(saved)).contains("Saved: " + name);
    HttpResponse<String> stale = save(other, theirs, name, "9");
    assertThat(text(stale)).contains("Someone else changed this service since you opened it");

    JsonNode adaptations = first(police.get("/services?need=").json(), name);
    assertThat(adaptations.get("waitingWeeks").asInt()).isEqualTo(7);
    assertThat(audited("SERVICE_CHANGED", suffix)).hasSize(1);
  }

  static HttpResponse<String> openEditor(PageSession session, String name) {
    HttpResponse<String> list = session.get("/admin/services.xhtml");
    HttpResponse<String> editor = session.submit(list, "list", button(list, name, "edit"));
    assertThat(editor.body()).contains("id=\"service:name\"");
    return editor;
  }

  static HttpResponse<String> save(
      PageSession session, HttpResponse<String> editor, String name, String waitingWeeks) {
    return session.submit(
        editor,
        "service",
        "save",
        "service:name=" + name,
        "service:description=Grab rails, ramps and stairlifts",
        "service:responseWorkingHours=16",
        "service:waitingWeeks=" + waitingWeeks,
        "service:acceptingReferrals=on",
        "service:contactEmail=adaptations@housing.example.gov.uk");
  }

  /** The id of a row's button in the admin's list of services, e.g. "services:3:close". */
  static String button(HttpResponse<String> list, String service, String action) {
    Matcher row =
        Pattern.compile(
                Pattern.quote(service) + "</td>.*?id=\"list:(services:\\d+:" + action + ")\"",
                Pattern.DOTALL)
            .matcher(list.body());
    assertThat(row.find()).as("a " + action + " button for " + service).isTrue();
    return row.group(1);
  }

  static HttpResponse<String> importThrough(PageSession admin, String file) {
    HttpResponse<String> page = admin.get("/admin/services.xhtml");
    assertThat(page.statusCode()).isEqualTo(200);
    return admin.upload(page, "import", "load", "file", "directory.json", file);
  }

  /** The sample file with fresh ids and names, so every test imports services of its own. */
  static String councilFile(String suffix) throws IOException {
    String file = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    for (String id :
        List.of(
            "6d1f3a52-3c1e-4d7b-9d0e-2f4a7f0c9a11",
            "7e2a4b63-4d2f-4e8c-8e1f-3a5b8a1d0b22",
            "8f3b5c74-5e30-4f9d-9f20-4b6c9b2e1c33")) {
      file = file.replace(id, UUID.randomUUID().toString());
    }
    for (String name :
        List.of("Tenancy sustainment", "Rough sleeper outreach", "Home adaptations")) {
      file =
          file.replace("\"name\": \"" + name + "\"", "\"name\": \"" + name + " " + suffix + "\"");
    }
    return file;
  }

  static String text(HttpResponse<String> page) {
    return page.body().replace("&#8220;", "“").replace("&#8221;", "”").replace("&#39;", "'");
  }

  static List<String> names(JsonNode services) {
    List<String> names = new ArrayList<>();
    services.forEach(s -> names.add(s.get("name").asText()));
    return names;
  }

  static JsonNode first(JsonNode services, String name) {
    for (JsonNode s : services) {
      if (s.get("name").asText().equals(name)) {
        return s;
      }
    }
    throw new AssertionError("No service " + name + " in " + services);
  }

  static List<String> audited(String action, String suffix) throws SQLException {
    try (var db = Platform.database();
        var st =
            db.prepareStatement(
                "select detail from totalplace.audit_event a join totalplace.service s"
                    + " on a.subject_type = 'service' and a.subject_id = s.id"
                    + " where a.action = ? and a.username = 'housing.admin' and s.name like ?")) {
      st.setString(1, action);
      st.setString(2, "%" + suffix);
      var rs = st.executeQuery();
      List<String> rows = new ArrayList<>();
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    }
  }
}
