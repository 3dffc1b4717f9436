package org.totalplace.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.ServiceLocation;
import org.totalplace.platform.control.FieldProblem;

/**
 * The HSDS 3.0 specification's own examples (test/resources/openreferral/README.md), imported as
 * the example organisation's admin would: every shape a publisher sends lands as one service,
 * credited to its organisation, with its needs, its location and its waiting time as written.
 */
class OpenReferralExamplesTest {

  static final Agency EXAMPLE = new Agency("example", "Example Organization Inc.");
  static final String SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b";

  static ImportedDirectory example(String name) throws IOException {
    try (InputStream in =
        OpenReferralExamplesTest.class.getResourceAsStream(
            "/openreferral/examples/" + name + ".json")) {
      return OpenReferralReader.read(
          new String(in.readAllBytes(), StandardCharsets.UTF_8),
          EXAMPLE,
          OpenReferralTest.VALIDATOR);
    }
  }

  static ImportedService theOneService(ImportedDirectory read) {
    assertThat(read.problems()).isEmpty();
    assertThat(read.isImportable()).isTrue();
    assertThat(read.services()).hasSize(1);
    ImportedService service = read.services().get(0);
    assertThat(service.externalId()).isEqualTo(SERVICE_ID);
    assertThat(service.form().getName()).isEqualTo("Community Counselling");
    return service;
  }

  @Test
  void aSingleFullServiceLandsWithItsNeedsLocationAndWaitingTimeAsWritten() throws IOException {
    ImportedDirectory read = example("service_full");
    ImportedService service = theOneService(read);

    assertThat(service.terms())
        .as("the term's own name and code, read as a need")
        .containsExactly(new ImportedService.Term("taxonomy", "code", "name", "description"));
    assertThat(service.form().getWaitingWeeks()).isNull();
    assertThat(service.form().getWaitingNote()).isEqualTo("wait_time");
    assertThat(service.form().getLocations())
        .containsExactly(
            new ServiceLocation(
                1, "MyCity Civic Center", "1-30 Main Street, MyVillage, MyCity", null));
    assertThat(read.notes())
        .anyMatch(n -> n.contains("waiting time \u201cwait_time\u201d") && n.contains("as written"))
        .anyMatch(n -> n.contains("\u201cABC 1234\u201d") && n.contains("not a UK postcode"))
        .anyMatch(n -> n.contains("not read") && n.contains("schedules") && n.contains("fees"));
  }

  @Test
  void aPageOfServicesLands() throws IOException {
    theOneService(example("service_list"));
  }

  @Test
  void anOrganisationsNestedServicesAreCreditedToIt() throws IOException {
    ImportedService service = theOneService(example("organization_full"));
    assertThat(service.form().getContactEmail()).isEqualTo("email@example.com");
    assertThat(service.form().getContactPhone()).isEqualTo("+44 1234 234567");
  }

  @Test
  void aServiceAtALocationLandsWithThatLocation() throws IOException {
    ImportedService service = theOneService(example("service_at_location_full"));
    assertThat(service.form().getLocations())
        .extracting(ServiceLocation::getName)
        .containsExactly("MyCity Civic Center");
  }

  @Test
  void aPageOfServicesAtLocationsLands() throws IOException {
    theOneService(example("service_at_location_list"));
  }

  @Test
  void aListOfOrganisationsWithoutServicesSaysSoAndImportsNothing() throws IOException {
    ImportedDirectory read = example("organization_list");
    assertThat(read.isImportable()).isFalse();
    assertThat(read.problems())
        .extracting(FieldProblem::getMessage)
        .containsExactly(
            "The file lists 1 organisation(s) but no services: export the services, or the"
                + " organisations with their services.");
  }

  @Test
  void anotherOrganisationsServiceIsStillRefused() throws IOException {
    ImportedDirectory read =
        OpenReferralReader.read(
            new String(
                OpenReferralExamplesTest.class
                    .getResourceAsStream("/openreferral/examples/organization_full.json")
                    .readAllBytes(),
                StandardCharsets.UTF_8),
            OpenReferralTest.HOUSING,
            OpenReferralTest.VALIDATOR);
    assertThat(read.problems())
        .extracting(FieldProblem::getMessage)
        .singleElement()
        .asString()
        .contains("belongs to Example Organization Inc., not to Housing");
  }
}
