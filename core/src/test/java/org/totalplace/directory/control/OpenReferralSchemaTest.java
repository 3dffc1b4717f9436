package org.totalplace.directory.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * The export checked against the official HSDS 3.0 compiled service schema (see
 * test/resources/openreferral/README.md), as published and in the strict form the specification's
 * own example check uses: additionalProperties false everywhere, formats asserted.
 */
class OpenReferralSchemaTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode resource(String path) throws IOException {
    try (InputStream in = OpenReferralSchemaTest.class.getResourceAsStream(path)) {
      return JSON.readTree(in);
    }
  }

  static Schema serviceSchema(boolean strict) throws IOException {
    JsonNode schema = resource("/openreferral/schema/service.json");
    if (strict) {
      closeEverywhere(schema);
    }
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
  }

  /** What compiletojsonschema --set-additional-properties-false-everywhere does. */
  static void closeEverywhere(JsonNode node) {
    if (node instanceof ObjectNode object && object.get("properties") instanceof ObjectNode) {
      object.put("additionalProperties", false);
    }
    node.forEach(OpenReferralSchemaTest::closeEverywhere);
  }

  static List<String> errors(Schema schema, JsonNode service) {
    return schema
        .validate(service, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
        .stream()
        .map(Error::toString)
        .toList();
  }

  /** The council sample as the platform holds it, plus a service made here with no address. */
  static List<Service> services() throws IOException {
    List<Service> services = new ArrayList<>();
    for (ImportedService imported : OpenReferralTest.read(OpenReferralTest.sample()).services()) {
      Set<TaxonomyTerm> terms = new LinkedHashSet<>();
      imported
          .terms()
          .forEach(
              t -> terms.add(new TaxonomyTerm(t.taxonomy(), t.code(), t.name(), t.description())));
      ServiceForm form = imported.form();
      form.setResponseWorkingHours(16);
      form.setNeeds(imported.terms().stream().map(ImportedService.Term::code).toList());
      Service service =
          Service.added(OpenReferralTest.HOUSING, imported.externalId(), Sensitivity.GENERAL);
      service.describe(form, terms, "test", Instant.parse("2025-01-06T09:00:00Z"));
      services.add(service);
    }
    ServiceForm own = new ServiceForm();
    own.setName("Drop-in advice");
    own.setDescription("Advice without an appointment");
    own.setAcceptingReferrals(true);
    own.setResponseWorkingHours(8);
    own.setLocations(
        List.of(new org.totalplace.directory.entity.ServiceLocation(1, "Hub", null, null)));
    Service made = Service.added(OpenReferralTest.HOUSING, "housing-drop-in", Sensitivity.GENERAL);
    made.describe(own, Set.of(), "test", Instant.parse("2025-01-06T09:00:00Z"));
    services.add(made);
    return services;
  }

  @Test
  void everyExportedServiceIsValidHsds3EvenWithAdditionalPropertiesFalseEverywhere()
      throws IOException {
    JsonNode page = JSON.readTree(OpenReferralWriter.write(services()));
    assertThat(page.get("contents")).hasSize(4);
    for (boolean strict : List.of(false, true)) {
      Schema schema = serviceSchema(strict);
      for (JsonNode service : page.get("contents")) {
        assertThat(errors(schema, service))
            .as("%s (strict: %s)", service.get("name"), strict)
            .isEmpty();
      }
    }
  }

  @Test
  void theStrictSchemaDoesRefuseWhatIsOutsideIt() throws IOException {
    JsonNode page = JSON.readTree(OpenReferralWriter.write(services()));
    ObjectNode service = (ObjectNode) page.get("contents").get(0).deepCopy();
    service.put("capacities", "not HSDS 3.0");
    ((ObjectNode) service.get("organization")).put("id", "housing");

    assertThat(errors(serviceSchema(true), service))
        .anyMatch(e -> e.contains("capacities"))
        .anyMatch(e -> e.contains("organization") && e.contains("uuid"));
  }

  @Test
  void theSpecificationsOwnFullServiceExampleIsValidStrictly() throws IOException {
    assertThat(errors(serviceSchema(true), resource("/openreferral/examples/service_full.json")))
        .isEmpty();
  }
}
