package org.totalplace.api.platform;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds a key repeated inside one JSON object. JSON-B keeps the last value silently, so {@code
 * {"reason":"a","reason":"b"}} would store what a second reader of the same body might not see.
 */
final class DuplicateKeys {

  /** Made once: looking the JSON-P provider up again on every request costs a class-path scan. */
  private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

  private DuplicateKeys() {}

  /** The first repeated key as a dotted path (e.g. "address.postcode"), or null if none. */
  static String in(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    Deque<Set<String>> objects = new ArrayDeque<>();
    Deque<String> path = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_OBJECT -> {
            path.addLast(key == null ? "" : key);
            objects.push(new HashSet<>());
            key = null;
          }
          case START_ARRAY -> {
            path.addLast(key == null ? "" : key);
            objects.push(new HashSet<>());
            key = null;
          }
          case END_OBJECT, END_ARRAY -> {
            objects.pop();
            path.removeLast();
            key = null;
          }
          case KEY_NAME -> {
            key = parser.getString();
            if (!objects.peek().add(key)) {
              return dotted(path, key);
            }
          }
          default -> key = null;
        }
      }
    } catch (JsonException | IllegalStateException e) {
      return null; // not JSON: the binding refuses it with its own message
    }
    return null;
  }

  private static String dotted(Deque<String> path, String key) {
    StringBuilder out = new StringBuilder();
    for (String part : path) {
      if (!part.isEmpty()) {
        out.append(part).append('.');
      }
    }
    return out.append(key).toString();
  }
}
