package org.totalplace.directory.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.Validator;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Districts;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.ServiceLocation;
import org.totalplace.person.entity.Postcodes;
import org.totalplace.platform.control.FieldProblem;

/**
 * Reads services in the Open Referral UK / HSDS 3 JSON shape (a list of services, or a page with
 * "contents"; each with its organization, service_areas, service_at_locations, attributes with
 * taxonomy terms, contacts, phones and capacities) and checks them for one agency's import. Older
 * ORUK files (service_taxonomys, physical_addresses) are read too.
 */
public final class OpenReferralReader {

  private static final Pattern WAIT =
      Pattern.compile(
          "^\\s*(\\d{1,3})\\s*(weeks?|w|days?|d|months?)?\\s*$", Pattern.CASE_INSENSITIVE);

  private final Agency us;
  private final Validator validator;
  private final List<FieldProblem> problems = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  private OpenReferralReader(Agency us, Validator validator) {
    this.us = us;
    this.validator = validator;
  }

  /** Reads a file for an import into this agency; the validator applies the form's rules. */
  public static ImportedDirectory read(String json, Agency us, Validator validator) {
    return new OpenReferralReader(us, validator).read(json);
  }

  private ImportedDirectory read(String json) {
    JsonValue root;
    try {
      root = Json.createReader(new StringReader(json)).read();
    } catch (JsonParsingException e) {
      return refused(
          "The file is not valid JSON (line "
              + e.getLocation().getLineNumber()
              + "). Export it again from the directory it came from.");
    } catch (JsonException e) {
      return refused(
          "The file is not valid JSON. Export it again from the directory it came from.");
    }
    OpenReferralShapes.Contents contents = OpenReferralShapes.of(root);
    if (!contents.recognised()) {
      return refused(
          "The file holds no services: expected Open Referral JSON with one service, a list or"
              + " page (\"contents\") of services or of services at locations, or an organisation"
              + " with its \"services\".");
    }
    if (contents.services().isEmpty() && contents.organisationsWithoutServices() > 0) {
      return refused(
          "The file lists "
              + contents.organisationsWithoutServices()
              + " organisation(s) but no services: export the services, or the organisations"
              + " with their services.");
    }
    List<OpenReferralShapes.Found> list = contents.services();
    List<ImportedService> services = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!(list.get(i).service() instanceof JsonObject service)) {
        problem(i + 1, "Service " + (i + 1), "is not a service object");
        continue;
      }
      ImportedService read = service(i + 1, service, list.get(i).organization());
      if (read == null) {
        continue;
      }
      if (!ids.add(read.externalId())) {
        problem(read, "has the same id as another service in the file: give each its own id");
      }
      if (read.form().getName() != null
          && !names.add(read.form().getName().strip().toLowerCase(Locale.UK))) {
        problem(read, "has the same name as another service in the file");
      }
      services.add(read);
    }
    if (list.isEmpty()) {
      problems.add(new FieldProblem("file", "The file holds no services."));
    }
    return new ImportedDirectory(services, problems, notes);
  }

  private ImportedDirectory refused(String message) {
    return new ImportedDirectory(List.of(), List.of(new FieldProblem("file", message)), List.of());
  }

  private ImportedService service(int position, JsonObject json, JsonObject nestedIn) {
    String name = text(json, "name");
    String label = "Service " + position + (name == null ? "" : " \u201c" + name + "\u201d");
    String id = text(json, "id");
    if (id == null || id.isBlank()) {
      problem(position, label, "has no id: every service needs one, so importing again updates it");
      return null;
    }
    if (id.length() > 100) {
      problem(position, label, "has an id longer than 100 characters");
      return null;
    }
    checkOrganisation(position, label, json, nestedIn);
    unread(label, json);
    ServiceForm form = new ServiceForm();
    form.setName(name);
    form.setDescription(text(json, "description"));
    form.setEligibility(text(json, "eligibility_description"));
    form.setHowToRefer(text(json, "application_process"));
    form.setAcceptingReferrals(accepting(position, label, text(json, "status")));
    String wait = text(json, "wait_time");
    form.setWaitingWeeks(weeks(wait));
    if (form.getWaitingWeeks() == null && wait != null && !wait.isBlank()) {
      form.setWaitingNote(cut(wait.strip(), 200));
      notes.add(
          label
              + ": the waiting time \u201c"
              + wait.strip()
              + "\u201d gives no number of weeks, so it is kept as written and the service is"
              + " not sorted by its wait.");
    }
    form.setCapacity(capacity(json));
    contact(json, form);
    form.setAreas(String.join(", ", areas(label, json)));
    form.setLocations(locations(position, label, json));
    List<ImportedService.Term> terms = new ArrayList<>();
    form.setResponseWorkingHours(null);
    for (JsonObject term : terms(json)) {
      // A term names itself by name (HSDS 3.0), term (3.1) or, failing both, its code.
      String code = firstText(term, "code", "id", "term", "name");
      String termName = firstText(term, "name", "term", "code");
      String taxonomy = firstText(term, "taxonomy", "vocabulary");
      if (OpenReferralWriter.SERVICE_LEVELS.equals(taxonomy)
          && OpenReferralWriter.RESPONSE_HOURS.equals(code)) {
        form.setResponseWorkingHours(hours(position, label, text(term, "value")));
      } else if (OpenReferralWriter.SERVICE_LEVELS.equals(taxonomy)
          && OpenReferralWriter.PLACES_FREE.equals(code)) {
        form.setCapacity(hours(position, label, text(term, "value")));
      } else if (termName == null || termName.isBlank()) {
        problem(position, label, "has a taxonomy term without a name");
      } else {
        terms.add(
            new ImportedService.Term(
                taxonomy == null || taxonomy.isBlank() ? "imported" : taxonomy,
                code == null || code.isBlank() ? termName : code,
                termName,
                text(term, "description")));
      }
    }
    // Without a response time in the file the service keeps its own: check the rest of the rules.
    boolean hoursGiven = form.getResponseWorkingHours() != null;
    if (!hoursGiven) {
      form.setResponseWorkingHours(ServiceForm.DEFAULT_RESPONSE_HOURS);
    }
    validator.validate(form).stream()
        .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
        .forEach(v -> problem(position, label, v.getMessage()));
    if (!hoursGiven) {
      form.setResponseWorkingHours(null);
    }
    return new ImportedService(position, label, id, form, terms);
  }

  private void checkOrganisation(int position, String label, JsonObject json, JsonObject nestedIn) {
    String orgId = null;
    String orgName = null;
    JsonObject given = json.get("organization") instanceof JsonObject o ? o : nestedIn;
    if (given != null) {
      JsonObject org = given;
      orgId = text(org, "id");
      orgName = text(org, "name");
    } else {
      orgId = text(json, "organization_id");
    }
    if (orgId == null && orgName == null) {
      problem(
          position,
          label,
          "names no organisation: give the organisation as \"" + us.getName() + "\"");
      return;
    }
    boolean ours =
        us.getCode().equalsIgnoreCase(orgId == null ? "" : orgId)
            || OpenReferralWriter.organisationId(us.getCode())
                .equalsIgnoreCase(orgId == null ? "" : orgId)
            || us.getName().equalsIgnoreCase(orgName == null ? "" : orgName.strip());
    if (!ours) {
      problem(
          position,
          label,
          "belongs to "
              + (orgName == null ? "organisation " + orgId : orgName)
              + ", not to "
              + us.getName()
              + ": you can import only your own agency's services");
    }
  }

  /** What the directory holds of a service; anything else in the file is named, not lost. */
  private static final Set<String> READ =
      Set.of(
          "id",
          "name",
          "description",
          "status",
          "email",
          "eligibility_description",
          "application_process",
          "wait_time",
          "organization",
          "organization_id",
          "contacts",
          "phones",
          "service_areas",
          "service_at_locations",
          "attributes",
          "capacities",
          "service_capacities",
          "service_taxonomys",
          "metadata",
          "last_modified");

  private void unread(String label, JsonObject json) {
    List<String> unread =
        json.entrySet().stream()
            .filter(e -> !READ.contains(e.getKey()) && !isEmpty(e.getValue()))
            .map(java.util.Map.Entry::getKey)
            .sorted()
            .toList();
    if (!unread.isEmpty()) {
      notes.add(
          label
              + ": not read, as the directory does not hold them: "
              + String.join(", ", unread)
              + ".");
    }
  }

  private static boolean isEmpty(JsonValue value) {
    return value == null
        || value == JsonValue.NULL
        || value instanceof JsonString s && s.getString().isBlank()
        || value instanceof JsonArray a && a.isEmpty();
  }

  private boolean accepting(int position, String label, String status) {
    if (status == null || status.equalsIgnoreCase("active")) {
      return true;
    }
    if (Set.of("inactive", "defunct", "temporarily closed")
        .contains(status.toLowerCase(Locale.UK))) {
      return false;
    }
    problem(
        position,
        label,
        "has status \"" + status + "\": use active, inactive, defunct or temporarily closed");
    return true;
  }

  /** The wait in weeks, or null when the file gives none or says it in words. */
  private static Integer weeks(String wait) {
    if (wait == null || wait.isBlank()) {
      return null;
    }
    Matcher m = WAIT.matcher(wait);
    if (!m.matches()) {
      return null;
    }
    int n = Integer.parseInt(m.group(1));
    String unit = m.group(2) == null ? "w" : m.group(2).toLowerCase(Locale.UK);
    if (unit.startsWith("d")) {
      return (n + 6) / 7;
    }
    return unit.startsWith("m") ? n * 4 : n;
  }

  private Integer hours(int position, String label, String value) {
    try {
      return value == null ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      problem(
          position,
          label,
          "gives the response time as \"" + value + "\": give whole working hours");
      return null;
    }
  }

  private static Integer capacity(JsonObject json) {
    for (String key : List.of("capacities", "service_capacities")) {
      if (json.get(key) instanceof JsonArray list
          && !list.isEmpty()
          && list.get(0) instanceof JsonObject first
          && first.get("available") instanceof JsonNumber available) {
        return available.intValue();
      }
    }
    return null;
  }

  private static void contact(JsonObject json, ServiceForm form) {
    JsonObject contact = first(json, "contacts");
    if (contact != null) {
      form.setContactName(text(contact, "name"));
      form.setContactEmail(text(contact, "email"));
      JsonObject phone = first(contact, "phones");
      form.setContactPhone(number(phone));
    }
    if (form.getContactEmail() == null) {
      form.setContactEmail(text(json, "email"));
    }
    if (form.getContactPhone() == null) {
      JsonObject phone = first(json, "phones");
      form.setContactPhone(number(phone));
    }
  }

  /** A phone's number; quotes around it (the HSDS 3.0 examples have them) are not part of it. */
  private static String number(JsonObject phone) {
    String number = phone == null ? null : text(phone, "number");
    return number == null ? null : number.strip().replaceAll("^[\"']+|[\"']+$", "");
  }

  private Set<String> areas(String label, JsonObject json) {
    Set<String> districts = new TreeSet<>(Districts::compare);
    for (JsonObject area : objects(json, "service_areas")) {
      String given =
          "text".equalsIgnoreCase(text(area, "extent_type")) && text(area, "extent") != null
              ? text(area, "extent")
              : firstText(area, "name", "service_area");
      Set<String> found = Districts.parse(given).districts();
      if (found.isEmpty()) {
        notes.add(
            label
                + ": the area \u201c"
                + given
                + "\u201d names no postcode district, so the service is listed for the whole place"
                + " unless another area names districts.");
      }
      districts.addAll(found);
    }
    return districts;
  }

  private List<ServiceLocation> locations(int position, String label, JsonObject json) {
    List<ServiceLocation> locations = new ArrayList<>();
    for (JsonObject at : objects(json, "service_at_locations")) {
      JsonObject location = at.get("location") instanceof JsonObject l ? l : at;
      JsonObject address = first(location, "addresses");
      if (address == null) {
        address = first(location, "physical_addresses");
      }
      String postcode = address == null ? null : text(address, "postal_code");
      if (postcode != null && !Postcodes.isValid(postcode)) {
        notes.add(
            label
                + ": the postcode \u201c"
                + postcode
                + "\u201d of a location is not a UK postcode, so the location is kept without it.");
        postcode = null;
      }
      String name = firstText(location, "name", "description");
      String street =
          address == null
              ? null
              : String.join(
                  ", ",
                  java.util.stream.Stream.of(
                          text(address, "address_1"),
                          text(address, "address_2"),
                          text(address, "city"))
                      .filter(s -> s != null && !s.isBlank())
                      .toList());
      if (name == null) {
        name = street == null || street.isBlank() ? "Location " + (locations.size() + 1) : street;
      }
      locations.add(
          new ServiceLocation(
              locations.size() + 1,
              cut(name, 200),
              street == null || street.isBlank() ? null : cut(street, 300),
              Postcodes.normalise(postcode)));
    }
    return locations;
  }

  /** Taxonomy terms of the service: HSDS 3 attributes, or ORUK 1's service_taxonomys. */
  private static List<JsonObject> terms(JsonObject json) {
    List<JsonObject> terms = new ArrayList<>();
    for (JsonObject attribute : objects(json, "attributes")) {
      if (attribute.get("taxonomy_term") instanceof JsonObject term) {
        String value = text(attribute, "value");
        terms.add(
            value == null ? term : Json.createObjectBuilder(term).add("value", value).build());
      }
    }
    for (JsonObject link : objects(json, "service_taxonomys")) {
      if (link.get("taxonomy") instanceof JsonObject term) {
        terms.add(term);
      }
    }
    return terms;
  }

  private void problem(ImportedService service, String message) {
    problem(service.position(), service.label(), message);
  }

  private void problem(int position, String label, String message) {
    problems.add(new FieldProblem("services[" + position + "]", label + ": " + message));
  }

  private static JsonObject first(JsonObject json, String key) {
    List<JsonObject> all = objects(json, key);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<JsonObject> objects(JsonObject json, String key) {
    if (json.get(key) instanceof JsonArray array) {
      return array.stream()
          .filter(JsonObject.class::isInstance)
          .map(JsonObject.class::cast)
          .toList();
    }
    return List.of();
  }

  private static String firstText(JsonObject json, String... keys) {
    for (String key : keys) {
      String value = text(json, key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  static String text(JsonObject json, String key) {
    JsonValue value = json.get(key);
    if (value instanceof JsonString s) {
      return s.getString();
    }
    if (value instanceof JsonNumber n) {
      return n.toString();
    }
    return null;
  }

  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max);
  }
}
