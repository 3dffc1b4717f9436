package org.totalplace.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.ServiceLocation;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.sharing.entity.Sensitivity;

class OpenReferralTest {

  static final Validator VALIDATOR =
      jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator();
  static final Agency HOUSING = new Agency("housing", "Housing");

  static String sample() throws IOException {
    try (InputStream in =
        OpenReferralTest.class.getResourceAsStream("/directory/oruk-housing.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static ImportedDirectory read(String json) {
    return OpenReferralReader.read(json, HOUSING, VALIDATOR);
  }

  @Test
  void aCouncilsFileIsReadIntoWhatTheDirectorySays() throws IOException {
    ImportedDirectory read = read(sample());

    assertThat(read.problems()).isEmpty();
    assertThat(read.isImportable()).isTrue();
    assertThat(read.services()).hasSize(3);
    ImportedService tenancy = read.services().get(0);
    ServiceForm form = tenancy.form();
    assertThat(tenancy.externalId()).isEqualTo("6d1f3a52-3c1e-4d7b-9d0e-2f4a7f0c9a11");
    assertThat(form.getName()).isEqualTo("Tenancy sustainment");
    assertThat(form.getEligibility())
        .isEqualTo("Council and housing association tenants aged 18 or over");
    assertThat(form.getHowToRefer()).startsWith("Professionals refer online");
    assertThat(form.getWaitingWeeks()).isEqualTo(3);
    assertThat(form.getCapacity()).isEqualTo(6);
    assertThat(form.isAcceptingReferrals()).isTrue();
    assertThat(form.getContactName()).isEqualTo("Tenancy support team");
    assertThat(form.getContactEmail()).isEqualTo("tenancy.support@housing.example.gov.uk");
    assertThat(form.getContactPhone()).isEqualTo("0113 000 2001");
    assertThat(form.getAreas()).isEqualTo("LS10, LS11, LS12");
    assertThat(form.getLocations())
        .containsExactly(
            new ServiceLocation(1, "Beeston housing office", "40 Beeston Road, Leeds", "LS11 6AN"));
    assertThat(form.getResponseWorkingHours())
        .as("not in the file: the service keeps its own")
        .isNull();
    assertThat(tenancy.terms())
        .extracting(ImportedService.Term::code)
        .containsExactly("accommodation", "LGA-1006");

    ImportedService outreach = read.services().get(1);
    assertThat(outreach.form().getAreas()).as("no areas: the whole place").isEmpty();
    assertThat(outreach.form().getWaitingWeeks()).isZero();

    ImportedService adaptations = read.services().get(2);
    assertThat(adaptations.form().isAcceptingReferrals()).isFalse();
    assertThat(adaptations.form().getAreas()).isEmpty();
    assertThat(read.notes())
        .containsExactly(
            "Service 1 \u201cTenancy sustainment\u201d: not read, as the directory does not hold"
                + " them: alternate_name, minimum_age, url.",
            "Service 3 \u201cHome adaptations\u201d: the area \u201cWhole city\u201d names no"
                + " postcode district, so the service is listed for the whole place unless another"
                + " area names districts.");
  }

  @Test
  void everyProblemIsToldAtOnceNamingTheServiceAndNothingIsImportable() throws IOException {
    String broken =
        sample()
            .replace(
                "\"name\": \"Housing\",\n        \"description\"",
                "\"name\": \"Probation\",\n        \"description\"")
            .replace(
                "\"email\": \"outreach@housing.example.gov.uk\"", "\"email\": \"not an email\"")
            .replace("\"wait_time\": \"12 weeks\"", "\"wait_time\": \"a while\"")
            .replace("\"status\": \"temporarily closed\"", "\"status\": \"paused\"");

    ImportedDirectory read = read(broken);

    assertThat(read.isImportable()).isFalse();
    assertThat(read.problems())
        .extracting(FieldProblem::getMessage)
        .containsExactlyInAnyOrder(
            "Service 1 \u201cTenancy sustainment\u201d: belongs to Probation, not to Housing: you can"
                + " import only your own agency's services",
            "Service 2 \u201cRough sleeper outreach\u201d: Enter an email address like name@example.org",
            "Service 3 \u201cHome adaptations\u201d: has status \"paused\": use active, inactive,"
                + " defunct or temporarily closed");
    assertThat(read.notes())
        .as("a waiting time in words is kept as written, not a reason to refuse the file")
        .anyMatch(n -> n.startsWith("Service 3 \u201cHome adaptations\u201d: the waiting time"));
    assertThat(read.problems())
        .extracting(FieldProblem::getField)
        .contains("services[1]", "services[3]");
  }

  @Test
  void missingAndRepeatedIdsAndMissingNamesAreRefused() throws IOException {
    String json =
        "[{\"id\": \"x\", \"name\": \"A\", \"description\": \"d\", \"organization\": {\"id\": \"housing\"}},"
            + " {\"id\": \"x\", \"name\": \"B\", \"description\": \"d\", \"organization\": {\"id\": \"housing\"}},"
            + " {\"name\": \"C\", \"description\": \"d\", \"organization\": {\"id\": \"housing\"}},"
            + " {\"id\": \"y\", \"description\": \"d\", \"organization\": {\"id\": \"housing\"}},"
            + " {\"id\": \"z\", \"name\": \"D\", \"description\": \"d\"}]";

    assertThat(read(json).problems())
        .extracting(FieldProblem::getMessage)
        .containsExactlyInAnyOrder(
            "Service 2 \u201cB\u201d: has the same id as another service in the file: give each its own id",
            "Service 3 \u201cC\u201d: has no id: every service needs one, so importing again updates it",
            "Service 4: Enter the name of the service",
            "Service 5 \u201cD\u201d: names no organisation: give the organisation as \"Housing\"");
  }

  @Test
  void aFileThatIsNotAServiceListSaysSo() {
    assertThat(read("{\"contents\": [").problems())
        .singleElement()
        .extracting(FieldProblem::getMessage)
        .asString()
        .startsWith("The file is not valid JSON");
    assertThat(read("{\"hello\": 1}").problems())
        .singleElement()
        .extracting(FieldProblem::getMessage)
        .asString()
        .startsWith("The file holds no services");
  }

  @Test
  void anOlderOrukFileWithServiceTaxonomysAndPhysicalAddressesIsRead() {
    String json =
        "{\"services\": [{\"id\": \"old-1\", \"name\": \"Food bank\", \"description\": \"Food parcels\","
            + " \"organization\": {\"id\": \"org-9\", \"name\": \"housing\"},"
            + " \"service_taxonomys\": [{\"id\": \"st1\", \"taxonomy\": {\"id\": \"food\","
            + " \"name\": \"Food\", \"vocabulary\": \"openActive\"}}],"
            + " \"service_at_locations\": [{\"id\": \"sl\", \"location\": {\"id\": \"l\","
            + " \"name\": \"Church hall\", \"physical_addresses\": [{\"id\": \"pa\","
            + " \"address_1\": \"1 Church Lane\", \"postal_code\": \"LS6 1AA\"}]}}]}]}";

    ImportedDirectory read = read(json);

    assertThat(read.problems()).isEmpty();
    ImportedService food = read.services().get(0);
    assertThat(food.terms())
        .containsExactly(new ImportedService.Term("openActive", "food", "Food", null));
    assertThat(food.form().getLocations())
        .containsExactly(new ServiceLocation(1, "Church hall", "1 Church Lane", "LS6 1AA"));
  }

  @Test
  void anExportReadsBackAsTheSameServices() throws IOException {
    List<Service> services = new java.util.ArrayList<>();
    for (ImportedService imported : read(sample()).services()) {
      Set<TaxonomyTerm> terms = new LinkedHashSet<>();
      imported
          .terms()
          .forEach(
              t -> terms.add(new TaxonomyTerm(t.taxonomy(), t.code(), t.name(), t.description())));
      ServiceForm form = imported.form();
      form.setResponseWorkingHours(imported.position() * 8);
      form.setNeeds(imported.terms().stream().map(ImportedService.Term::code).toList());
      Service service = Service.added(HOUSING, imported.externalId(), Sensitivity.GENERAL);
      service.describe(form, terms, "test", Instant.parse("2025-01-06T09:00:00Z"));
      services.add(service);
    }

    String exported = OpenReferralWriter.write(services);
    ImportedDirectory again = read(exported);

    assertThat(again.problems()).isEmpty();
    assertThat(again.services()).hasSize(services.size());
    for (int i = 0; i < services.size(); i++) {
      Service original = services.get(i);
      ImportedService back = again.services().get(i);
      assertThat(back.externalId()).isEqualTo(original.getExternalId());
      back.form().setNeeds(back.terms().stream().map(ImportedService.Term::code).toList());
      ServiceForm was = original.toForm();
      was.setSensitivity(null);
      assertThat(ServiceChanges.between(was, back.form())).as(original.getName()).isEmpty();
      assertThat(back.form().getResponseWorkingHours())
          .isEqualTo(original.getResponseWorkingHours());
      assertThat(back.terms())
          .extracting(ImportedService.Term::name)
          .containsExactlyElementsOf(
              original.getNeeds().stream().map(TaxonomyTerm::getName).toList());
    }
    assertThat(OpenReferralWriter.write(services))
        .as("the same file every time")
        .isEqualTo(exported);
    assertThat(exported)
        .contains("\"status\": \"temporarily closed\"", "\"wait_time\": \"12 weeks\"");
  }
}
