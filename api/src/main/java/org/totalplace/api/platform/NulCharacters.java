package org.totalplace.api.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import org.totalplace.operations.boundary.RequestLog;

/**
 * Refuses the NUL character in addresses and query parameters: no text of the platform can hold it
 * (PostgreSQL refuses it), so a search for "%00" was a 500 until the robustness test sent one.
 * Bodies are checked by {@link BodyLimit}.
 */
@Provider
@PreMatching
public class NulCharacters implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      for (String value : parameter.getValue()) {
        if (value.indexOf('\0') >= 0) {
          refuse(request, parameter.getKey());
          return;
        }
      }
    }
    if (request.getUriInfo().getPath().indexOf('\0') >= 0) {
      refuse(request, "path");
    }
  }

  static void refuse(ContainerRequestContext request, String field) {
    request.abortWith(
        new Problem(
                "invalid-input",
                "Some details are missing or wrong",
                400,
                "Text cannot contain the NUL character (%00 or \\u0000).",
                RequestLog.correlationId(),
                List.of(
                    new org.totalplace.platform.control.FieldProblem(
                        field, "Text cannot contain the NUL character")))
            .response());
  }
}
