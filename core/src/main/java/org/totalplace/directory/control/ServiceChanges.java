package org.totalplace.directory.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.totalplace.directory.entity.Districts;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.platform.entity.Words;

/**
 * What an edit or an import changes in a service, field by field, as the audit and the import
 * summary say it ("Waiting time in weeks changed from 2 to 6").
 */
public final class ServiceChanges {

  private ServiceChanges() {}

  public static List<String> between(ServiceForm before, ServiceForm after) {
    Map<String, Object> was = fields(before);
    Map<String, Object> now = fields(after);
    List<String> changes = new ArrayList<>();
    was.forEach(
        (field, old) -> {
          Object value = now.get(field);
          if (value != null && !Objects.equals(old, value)) {
            changes.add(Words.change(field, shown(old), shown(value)));
          }
        });
    return changes;
  }

  /** The fields as stored; a field the new form leaves null (e.g. locations) is kept as it is. */
  private static Map<String, Object> fields(ServiceForm f) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("Name", text(f.getName()));
    fields.put("Description", text(f.getDescription()));
    fields.put("Who it is for", text(f.getEligibility()));
    fields.put("How to refer", text(f.getHowToRefer()));
    fields.put("Response time in working hours", f.getResponseWorkingHours());
    fields.put("Waiting time in weeks", orNone(f.getWaitingWeeks()));
    if (f.getWaitingWeeks() == null && f.getWaitingNote() != null) {
      fields.put("Waiting time as written", text(f.getWaitingNote()));
    }
    fields.put("Places free", orNone(f.getCapacity()));
    fields.put("Taking referrals", f.isAcceptingReferrals() ? "yes" : "no");
    fields.put("Contact name", text(f.getContactName()));
    fields.put("Contact email", text(f.getContactEmail()));
    fields.put("Contact phone", text(f.getContactPhone()));
    fields.put("Sensitivity", f.getSensitivity());
    String areas = String.join(", ", Districts.parse(f.getAreas()).districts());
    fields.put("Area", areas.isEmpty() ? "whole place" : areas);
    fields.put("Needs", f.getNeeds().stream().sorted().toList());
    fields.put("Locations", f.getLocations());
    return fields;
  }

  private static Object text(String value) {
    return value == null || value.isBlank() ? "" : value.strip();
  }

  private static Object orNone(Integer value) {
    return value == null ? "not given" : value;
  }

  private static String shown(Object value) {
    String text =
        value instanceof Collection<?> items
            ? String.join(", ", items.stream().map(String::valueOf).toList())
            : String.valueOf(value);
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
