package org.totalplace.directory.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the services in the shapes publishers send: one service, a list of services, a page of them
 * ({@code contents}), an organisation with its services nested (or a list or page of such), and a
 * service at a location (or a page of those), which names its service and its location. Each
 * service comes with the organisation it was nested in, so it is credited to it.
 */
final class OpenReferralShapes {

  /** A service as found, with the organisation around it (null when it names its own). */
  record Found(JsonValue service, JsonObject organization) {}

  /** What a file holds: its services, and how many organisations came without any. */
  record Contents(List<Found> services, int organisationsWithoutServices, boolean recognised) {}

  /** Fields only an organisation has: a list entry with one of them is not a service. */
  private static final Set<String> ORGANISATION_ONLY =
      Set.of(
          "services",
          "website",
          "tax_status",
          "tax_id",
          "year_incorporated",
          "legal_status",
          "logo",
          "organization_identifiers",
          "parent_organization_id",
          "programs");

  private static final Set<String> SERVICE_ONLY =
      Set.of("status", "organization", "organization_id", "service_at_locations", "service_areas");

  private final List<Found> found = new ArrayList<>();
  private int organisationsWithoutServices;

  private OpenReferralShapes() {}

  static Contents of(JsonValue root) {
    OpenReferralShapes shapes = new OpenReferralShapes();
    boolean recognised = shapes.root(root);
    return new Contents(shapes.found, shapes.organisationsWithoutServices, recognised);
  }

  private boolean root(JsonValue root) {
    if (root instanceof JsonArray list) {
      list.forEach(entry -> entry(entry, null));
      return true;
    }
    if (!(root instanceof JsonObject object)) {
      return false;
    }
    for (String key : List.of("contents", "items")) {
      if (object.get(key) instanceof JsonArray list) {
        list.forEach(entry -> entry(entry, null));
        return true;
      }
    }
    if (object.get("services") instanceof JsonArray && isOrganisation(object)) {
      entry(object, null);
      return true;
    }
    if (object.get("services") instanceof JsonArray list) {
      list.forEach(entry -> entry(entry, null));
      return true;
    }
    if (object.containsKey("id") && object.containsKey("name") || object.containsKey("service")) {
      entry(object, null);
      return true;
    }
    return false;
  }

  private void entry(JsonValue entry, JsonObject organization) {
    if (!(entry instanceof JsonObject json)) {
      found.add(new Found(entry, organization));
      return;
    }
    if (json.get("service") instanceof JsonObject service) {
      found.add(new Found(atLocation(service, json), organization));
      return;
    }
    if (isOrganisation(json)) {
      List<JsonObject> services =
          json.get("services") instanceof JsonArray list
              ? list.stream()
                  .filter(JsonObject.class::isInstance)
                  .map(JsonObject.class::cast)
                  .toList()
              : List.of();
      if (services.isEmpty()) {
        organisationsWithoutServices++;
      }
      JsonObject org = Json.createObjectBuilder(json).remove("services").build();
      services.forEach(s -> entry(s, org));
      return;
    }
    found.add(new Found(json, organization));
  }

  private static boolean isOrganisation(JsonObject json) {
    return json.keySet().stream().anyMatch(ORGANISATION_ONLY::contains)
        && json.keySet().stream().noneMatch(SERVICE_ONLY::contains);
  }

  /** A service at a location: the service, with that location added to its own. */
  private static JsonObject atLocation(JsonObject service, JsonObject at) {
    JsonObject here = Json.createObjectBuilder(at).remove("service").build();
    var locations = Json.createArrayBuilder();
    if (service.get("service_at_locations") instanceof JsonArray own) {
      own.forEach(locations::add);
    }
    if (here.get("location") instanceof JsonObject) {
      locations.add(here);
    }
    return Json.createObjectBuilder(service).add("service_at_locations", locations).build();
  }
}
