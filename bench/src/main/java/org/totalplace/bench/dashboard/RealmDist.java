package org.totalplace.bench.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The platform's distribution as the bench's stack needs it: the same files (linked), but the
 * realm's browser clients also accept the bench's app port as a redirect, since the realm lists
 * only the usual port and the system tests' (offset 10000) and Keycloak refuses any other.
 */
public final class RealmDist {

  static final String REALM_FILE = "totalplace-realm.json";

  private RealmDist() {}

  /** Builds {@code into} from {@code dist}, with redirects to {@code webPort} allowed. */
  public static Path prepare(Path dist, Path into, int webPort) throws IOException {
    Files.createDirectories(into);
    try (Stream<Path> old = Files.list(into)) {
      for (Path p : old.toList()) {
        Files.delete(p);
      }
    }
    try (Stream<Path> files = Files.list(dist)) {
      for (Path file : files.toList()) {
        Path name = file.getFileName();
        if (name.toString().equals(REALM_FILE)) {
          Files.writeString(into.resolve(name), withPort(Files.readString(file), webPort));
        } else {
          Files.createSymbolicLink(into.resolve(name), file.toAbsolutePath());
        }
      }
    }
    return into;
  }

  /** The realm with every client that redirects to 127.0.0.1 also allowed the port given. */
  static String withPort(String realmJson, int webPort) throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode realm = json.readTree(realmJson);
    for (JsonNode client : realm.path("clients")) {
      JsonNode redirects = client.path("redirectUris");
      if (!redirects.isArray()) {
        continue;
      }
      List<String> uris = new ArrayList<>();
      redirects.forEach(u -> uris.add(u.asText()));
      if (uris.stream().anyMatch(u -> u.startsWith("http://127.0.0.1:"))) {
        for (String host : List.of("127.0.0.1", "localhost")) {
          String extra = "http://" + host + ":" + webPort + "/*";
          if (!uris.contains(extra)) {
            ((ArrayNode) redirects).add(extra);
          }
        }
        ((ObjectNode) client).set("redirectUris", redirects);
      }
    }
    return json.writerWithDefaultPrettyPrinter().writeValueAsString(realm);
  }
}
