package org.totalplace.webhook.control;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Map;
import org.totalplace.webhook.entity.EventType;

/**
 * The body of a webhook: what happened, when, and ids with API links. Deliberately thin and free of
 * personal details: a receiver fetches the rest with its own token, so who may see what is decided
 * by the API, in one place, at the time of reading.
 */
public final class EventPayload {

  private EventPayload() {}

  public static String of(String id, EventType type, Instant at, Map<String, Object> data) {
    JsonObjectBuilder fields = Json.createObjectBuilder();
    data.forEach(
        (name, value) -> {
          if (value instanceof Number number) {
            fields.add(name, number.longValue());
          } else if (value != null) {
            fields.add(name, value.toString());
          }
        });
    return Json.createObjectBuilder()
        .add("id", id)
        .add("type", type.getWireName())
        .add("timestamp", at.toString())
        .add("data", fields)
        .build()
        .toString();
  }
}
