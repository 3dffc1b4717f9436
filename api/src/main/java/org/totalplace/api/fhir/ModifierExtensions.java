package org.totalplace.api.fhir;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.totalplace.platform.control.FieldProblem;

/**
 * Finds every modifierExtension in a FHIR body. A modifier extension changes the meaning of the
 * element that holds it (it may say "not", or "only if"), so FHIR requires a server that does not
 * understand one to refuse the resource rather than act on a meaning it did not read. This server
 * understands none.
 */
final class ModifierExtensions {

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private ModifierExtensions() {}

  static List<FieldProblem> in(String body) {
    List<FieldProblem> found = new ArrayList<>();
    try (var reader = READERS.createReader(new StringReader(body))) {
      walk(reader.readValue(), "", found);
    } catch (JsonException | IllegalStateException e) {
      // Not JSON: the FHIR parser has said so already.
    }
    return found;
  }

  private static void walk(JsonValue value, String path, List<FieldProblem> found) {
    if (value instanceof JsonObject object) {
      String here =
          object.containsKey("resourceType")
                  && object.get("resourceType") instanceof jakarta.json.JsonString type
              ? type.getString()
              : path;
      for (var field : object.entrySet()) {
        String at = here.isEmpty() ? field.getKey() : here + "." + field.getKey();
        if (field.getKey().equals("modifierExtension")) {
          found.add(
              new FieldProblem(
                  at,
                  "This server does not understand the modifier extension "
                      + urls(field.getValue())
                      + ", so it cannot accept the resource (FHIR requires refusing it)"));
        } else {
          walk(field.getValue(), at, found);
        }
      }
    } else if (value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        walk(array.get(i), path + "[" + i + "]", found);
      }
    }
  }

  private static String urls(JsonValue modifiers) {
    List<String> urls = new ArrayList<>();
    if (modifiers instanceof JsonArray array) {
      for (JsonValue one : array) {
        if (one instanceof JsonObject extension && extension.containsKey("url")) {
          urls.add(extension.getString("url", "?"));
        }
      }
    }
    return urls.isEmpty() ? "given" : String.join(", ", urls);
  }
}
