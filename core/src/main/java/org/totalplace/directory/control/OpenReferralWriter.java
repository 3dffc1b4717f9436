package org.totalplace.directory.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceLocation;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.entity.Words;

/**
 * Writes services as one page of Open Referral UK / HSDS 3 JSON: each service complete, with its
 * organization (the agency), areas, locations, taxonomy terms, contact and capacity. Ids of the
 * parts are derived from the service's id, so exporting twice gives the same file.
 */
public final class OpenReferralWriter {

  /** Totalplace's own service level, carried as an attribute so a round trip keeps it. */
  static final String SERVICE_LEVELS = "totalplace-service-levels";

  static final String RESPONSE_HOURS = "response-working-hours";

  /** Places free: HSDS 3.0 has no capacities (3.1 does), so it is a service-level attribute. */
  static final String PLACES_FREE = "places-free";

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private OpenReferralWriter() {}

  public static String write(List<Service> services) {
    JsonArrayBuilder contents = Json.createArrayBuilder();
    services.forEach(s -> contents.add(service(s)));
    JsonObject page =
        Json.createObjectBuilder()
            .add("total_items", services.size())
            .add("total_pages", 1)
            .add("page_number", 1)
            .add("size", services.size())
            .add("first_page", true)
            .add("last_page", true)
            .add("empty", services.isEmpty())
            .add("contents", contents)
            .build();
    StringWriter out = new StringWriter();
    PRETTY.createWriter(out).write(page);
    return out.toString();
  }

  static JsonObject service(Service s) {
    String id = s.getExternalId();
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("id", isUuid(id) ? id : part(id, "service"))
            .add("name", s.getName())
            .add("description", s.getDescription())
            .add("status", s.isAcceptingReferrals() ? "active" : "temporarily closed");
    put(json, "email", s.getContactEmail());
    put(json, "eligibility_description", s.getEligibility());
    put(json, "application_process", s.getHowToRefer());
    if (s.getWaitingWeeks() != null) {
      json.add("wait_time", s.getWaitingWeeks() + (s.getWaitingWeeks() == 1 ? " week" : " weeks"));
    } else {
      put(json, "wait_time", s.getWaitingNote());
    }
    json.add(
        "organization",
        Json.createObjectBuilder()
            .add("id", organisationId(s.getAgency().getCode()))
            .add("name", s.getAgency().getName())
            .add("description", s.getAgency().getName()));
    if (s.getContactName() != null || s.getContactEmail() != null || s.getContactPhone() != null) {
      JsonObjectBuilder contact = Json.createObjectBuilder().add("id", part(id, "contact"));
      put(contact, "name", s.getContactName());
      put(contact, "email", s.getContactEmail());
      contact.add("phones", phones(id, "contact", s.getContactPhone()));
      json.add("contacts", Json.createArrayBuilder().add(contact));
    }
    json.add("phones", phones(id, "service", s.getContactPhone()));
    JsonArrayBuilder areas = Json.createArrayBuilder();
    for (String district : s.getDistricts()) {
      areas.add(
          Json.createObjectBuilder()
              .add("id", part(id, "area:" + district))
              .add("name", district)
              .add("description", "Postcode district " + district)
              .add("extent", district)
              .add("extent_type", "text"));
    }
    json.add("service_areas", areas);
    JsonArrayBuilder locations = Json.createArrayBuilder();
    for (ServiceLocation l : s.getLocations()) {
      String lid = part(id, "location:" + l.getPosition());
      // HSDS requires the street, city, county and postcode; we hold one address line, so its last
      // part is taken as the town and what we do not hold is written empty.
      String street = l.getAddress() == null ? "" : l.getAddress();
      int town = street.lastIndexOf(", ");
      JsonObjectBuilder address =
          Json.createObjectBuilder()
              .add("id", part(lid, "address"))
              .add("address_1", town < 0 ? street : street.substring(0, town))
              .add("city", town < 0 ? "" : street.substring(town + 2))
              .add("state_province", "")
              .add("postal_code", l.getPostcode() == null ? "" : l.getPostcode())
              .add("country", "GB")
              .add("address_type", "physical");
      locations.add(
          Json.createObjectBuilder()
              .add("id", part(lid, "at"))
              .add(
                  "location",
                  Json.createObjectBuilder()
                      .add("id", lid)
                      .add("location_type", "physical")
                      .add("name", l.getName())
                      .add("addresses", Json.createArrayBuilder().add(address))));
    }
    json.add("service_at_locations", locations);
    JsonArrayBuilder attributes = Json.createArrayBuilder();
    for (TaxonomyTerm t : s.getNeeds()) {
      JsonObjectBuilder term =
          Json.createObjectBuilder()
              .add("id", part(t.getTaxonomy(), t.getCode()))
              .add("code", t.getCode())
              .add("name", t.getName())
              .add("description", t.getDescription() == null ? t.getName() : t.getDescription());
      term.add("taxonomy", t.getTaxonomy());
      attributes.add(
          Json.createObjectBuilder()
              .add("id", part(id, "need:" + t.getCode()))
              .add("link_type", "need")
              .add("link_entity", "service")
              .add("taxonomy_term", term));
    }
    attributes.add(
        level(
            id,
            RESPONSE_HOURS,
            s.getResponseWorkingHours(),
            "Response time in working hours",
            "The service's target to accept or decline a referral"));
    if (s.getCapacity() != null) {
      attributes.add(
          level(
              id,
              PLACES_FREE,
              s.getCapacity(),
              "Places free",
              "Places free for new referrals"
                  + (s.getUpdatedAt() == null ? "" : ", as at " + Words.moment(s.getUpdatedAt()))));
    }
    json.add("attributes", attributes);
    return json.build();
  }

  private static JsonObjectBuilder level(
      String id, String code, int value, String name, String description) {
    return Json.createObjectBuilder()
        .add("id", part(id, code))
        .add("link_entity", "service")
        .add("value", Integer.toString(value))
        .add(
            "taxonomy_term",
            Json.createObjectBuilder()
                .add("id", part(SERVICE_LEVELS, code))
                .add("code", code)
                .add("name", name)
                .add("description", description)
                .add("taxonomy", SERVICE_LEVELS));
  }

  /** The organisation's HSDS id: a UUID, as HSDS wants, always the same for one agency. */
  public static String organisationId(String agency) {
    return part("agency", agency);
  }

  private static boolean isUuid(String id) {
    try {
      return UUID.fromString(id).toString().equalsIgnoreCase(id);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static JsonArrayBuilder phones(String id, String of, String number) {
    JsonArrayBuilder phones = Json.createArrayBuilder();
    if (number != null) {
      phones.add(
          Json.createObjectBuilder().add("id", part(id, of + ":phone")).add("number", number));
    }
    return phones;
  }

  private static void put(JsonObjectBuilder json, String key, String value) {
    if (value != null) {
      json.add(key, value);
    }
  }

  /** A stable id for a part of a service, as HSDS wants ids to be UUIDs. */
  private static String part(String id, String what) {
    return UUID.nameUUIDFromBytes((id + "/" + what).getBytes(StandardCharsets.UTF_8)).toString();
  }
}
