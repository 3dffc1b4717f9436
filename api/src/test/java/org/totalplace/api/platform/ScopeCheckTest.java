package org.totalplace.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.junit.jupiter.api.Test;
import org.totalplace.api.TotalplaceApi;

class ScopeCheckTest {

  static class Fixture {
    @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
    @POST
    public void changesOnARead() {}

    @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.write")
    @POST
    public void changesOnAWrite() {}

    @SecurityRequirement(name = ScopeCheck.SCHEME, scopes = "persons.read")
    @GET
    public void reads() {}
  }

  @Test
  void aReadScopeIsNeverEnoughToChangeAnything() throws Exception {
    assertThat(ScopeCheck.needed(Fixture.class.getMethod("changesOnARead"), "POST")).isEmpty();
    assertThat(ScopeCheck.needed(Fixture.class.getMethod("changesOnARead"), "DELETE")).isEmpty();
    assertThat(ScopeCheck.needed(Fixture.class.getMethod("changesOnAWrite"), "POST"))
        .containsExactly("persons.write");
    assertThat(ScopeCheck.needed(Fixture.class.getMethod("reads"), "GET"))
        .containsExactly("persons.read");
  }

  /** Every operation of the API that may change something names a write scope in its contract. */
  @Test
  void everyOperationThatChangesSomethingNamesAWriteScope() throws Exception {
    List<String> readOnly = new ArrayList<>();
    int writes = 0;
    for (Class<?> type : resourceClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        String http = httpMethod(method);
        if (http == null || http.equals("GET")) {
          continue;
        }
        writes++;
        if (ScopeCheck.needed(method, http).isEmpty()) {
          readOnly.add(type.getSimpleName() + "." + method.getName());
        }
      }
    }
    assertThat(writes).as("operations that change something").isGreaterThan(20);
    assertThat(readOnly).as("changes open to read scopes or to none").isEmpty();
  }

  static String httpMethod(Method method) {
    for (var kind : List.of(POST.class, PUT.class, DELETE.class, PATCH.class, GET.class)) {
      if (method.isAnnotationPresent(kind)) {
        return kind.getSimpleName();
      }
    }
    return null;
  }

  static List<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    Path root =
        Path.of(TotalplaceApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
        String name = root.relativize(file).toString().replace('/', '.').replace(".class", "");
        try {
          found.add(Class.forName(name, false, ScopeCheckTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
          throw new AssertionError("cannot load " + name, e);
        }
      }
    }
    assertThat(found).extracting(Class::getSimpleName).contains("NoticesResource");
    return found;
  }
}
