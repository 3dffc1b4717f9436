package org.totalplace.api.platform;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.totalplace.operations.boundary.RequestLog;
import org.totalplace.platform.control.FieldProblem;

/**
 * A query or path parameter that cannot be read as its type ({@code /work?limit=abc}, an id too
 * large for a number) is a 400 naming the parameter. JAX-RS answers 404 for it, as if the address
 * did not exist, which sent integrators looking for a wrong path. Runs after matching, before the
 * method's parameters are converted.
 */
@Provider
public class ParameterTypes implements ContainerRequestFilter {

  @Context ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext request) {
    Method method = resource.getResourceMethod();
    if (method == null) {
      return;
    }
    List<FieldProblem> problems = new ArrayList<>();
    for (Parameter parameter : method.getParameters()) {
      QueryParam query = parameter.getAnnotation(QueryParam.class);
      PathParam path = parameter.getAnnotation(PathParam.class);
      String name = query != null ? query.value() : path != null ? path.value() : null;
      if (name == null) {
        continue;
      }
      List<String> values =
          query != null
              ? request.getUriInfo().getQueryParameters().get(name)
              : request.getUriInfo().getPathParameters().get(name);
      if (values == null) {
        continue;
      }
      for (String value : values) {
        String wrong = problem(parameter.getType(), value);
        if (wrong != null) {
          problems.add(new FieldProblem(name, wrong));
          break;
        }
      }
    }
    if (!problems.isEmpty()) {
      request.abortWith(
          new Problem(
                  "invalid-input",
                  "Some details are missing or wrong",
                  400,
                  "Correct the parameters listed in errors. Nothing was changed.",
                  RequestLog.correlationId(),
                  problems)
              .response());
    }
  }

  /** What is wrong with a value for a parameter of this type, or null when it reads. */
  static String problem(Class<?> type, String value) {
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      try {
        long number = Long.parseLong(value.trim());
        boolean fits =
            type == long.class
                || type == Long.class
                || (number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE);
        return fits
            ? null
            : "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
      } catch (NumberFormatException e) {
        return value.trim().matches("[+-]?\\d+")
            ? "is too large a number: no id or count here is that long"
            : "must be a whole number, for example 50";
      }
    }
    if (type == boolean.class || type == Boolean.class) {
      String lower = value.trim().toLowerCase(Locale.ROOT);
      return lower.equals("true") || lower.equals("false") ? null : "must be true or false";
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(value)) {
          return null;
        }
      }
      List<String> names = new ArrayList<>();
      for (Object constant : type.getEnumConstants()) {
        names.add(((Enum<?>) constant).name());
      }
      return "must be one of " + String.join(", ", names);
    }
    return null;
  }
}
