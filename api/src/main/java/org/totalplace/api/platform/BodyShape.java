package org.totalplace.api.platform;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.totalplace.person.entity.BirthDates;
import org.totalplace.platform.control.FieldProblem;

/**
 * Holds a parsed request body to the Java type it is about to be bound to, field by field, and
 * names every field that does not fit. JSON-B (Yasson) binds leniently: it reads a number into a
 * text field and drops a field it does not know, so {@code "reason": 123} was a reason and a
 * misspelt field a change the integrator believed was made. Yasson has no setting for the first,
 * and a refusal naming the field is what an integrator needs to fix the call; hence this check.
 *
 * <p>A property is what JSON-B would bind: a public setter, or a public field. {@code null} fits
 * any field; whether a field is required is the business rules' decision (422).
 */
final class BodyShape {

  private static final Map<Class<?>, Map<String, Type>> PROPERTIES = new ConcurrentHashMap<>();

  private BodyShape() {}

  /** The fields of {@code body} that do not fit {@code type}; empty when it fits. */
  static List<FieldProblem> problems(JsonValue body, Type type) {
    List<FieldProblem> problems = new ArrayList<>();
    check(body, type, "", problems);
    return problems;
  }

  private static void check(JsonValue value, Type type, String path, List<FieldProblem> out) {
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    Class<?> raw = raw(type);
    String field = path.isEmpty() ? "body" : path;
    if (raw == Object.class || JsonValue.class.isAssignableFrom(raw)) {
      return;
    }
    if (raw == String.class || raw == char.class || raw == Character.class) {
      expect(value instanceof JsonString, field, "must be text, in quotes", out);
    } else if (raw == boolean.class || raw == Boolean.class) {
      expect(
          value == JsonValue.TRUE || value == JsonValue.FALSE, field, "must be true or false", out);
    } else if (isWholeNumber(raw)) {
      expect(fitsWhole(value, raw), field, "must be a whole number within range", out);
    } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
      expect(
          value instanceof JsonNumber n && Double.isFinite(n.doubleValue()),
          field,
          "must be a number",
          out);
    } else if (raw.isEnum()) {
      checkChoice(value, raw, field, out);
    } else if (raw == LocalDate.class) {
      String impossible =
          value instanceof JsonString text ? BirthDates.impossibleDay(text.getString()) : null;
      expect(
          isDate(value),
          field,
          impossible != null ? impossible : "must be a date as yyyy-mm-dd, in quotes",
          out);
    } else if (Temporal.class.isAssignableFrom(raw)) {
      expect(value instanceof JsonString, field, "must be a date and time, in quotes", out);
    } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      checkList(value, elementType(type, raw), path, field, out);
    } else if (Map.class.isAssignableFrom(raw)) {
      checkMap(value, typeArgument(type, 1), path, field, out);
    } else {
      checkObject(value, raw, path, field, out);
    }
  }

  private static void checkObject(
      JsonValue value, Class<?> raw, String path, String field, List<FieldProblem> out) {
    if (!(value instanceof JsonObject object)) {
      out.add(new FieldProblem(field, "must be a JSON object, in { }"));
      return;
    }
    Map<String, Type> properties = PROPERTIES.computeIfAbsent(raw, BodyShape::propertiesOf);
    object.forEach(
        (name, member) -> {
          String at = path.isEmpty() ? name : path + "." + name;
          Type propertyType = properties.get(name);
          if (propertyType == null) {
            out.add(
                new FieldProblem(
                    at,
                    "is not a field of this request; the fields are "
                        + String.join(", ", properties.keySet())));
          } else {
            check(member, propertyType, at, out);
          }
        });
  }

  private static void checkList(
      JsonValue value, Type element, String path, String field, List<FieldProblem> out) {
    if (!(value instanceof JsonArray array)) {
      out.add(new FieldProblem(field, "must be a list, in [ ]"));
      return;
    }
    for (int i = 0; i < array.size(); i++) {
      check(array.get(i), element, path + "[" + i + "]", out);
    }
  }

  private static void checkMap(
      JsonValue value, Type values, String path, String field, List<FieldProblem> out) {
    if (!(value instanceof JsonObject object)) {
      out.add(new FieldProblem(field, "must be a JSON object, in { }"));
      return;
    }
    object.forEach((name, member) -> check(member, values, path + "." + name, out));
  }

  private static void checkChoice(
      JsonValue value, Class<?> choices, String field, List<FieldProblem> out) {
    List<String> names =
        Arrays.stream(choices.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
    expect(
        value instanceof JsonString text && names.contains(text.getString()),
        field,
        "must be one of " + String.join(", ", names),
        out);
  }

  private static void expect(boolean fits, String field, String message, List<FieldProblem> out) {
    if (!fits) {
      out.add(new FieldProblem(field, message));
    }
  }

  private static boolean isWholeNumber(Class<?> raw) {
    return raw == int.class
        || raw == long.class
        || raw == short.class
        || raw == byte.class
        || raw == Integer.class
        || raw == Long.class
        || raw == Short.class
        || raw == Byte.class
        || raw == BigInteger.class;
  }

  private static boolean fitsWhole(JsonValue value, Class<?> raw) {
    if (!(value instanceof JsonNumber number)) {
      return false;
    }
    BigDecimal decimal = number.bigDecimalValue();
    if (decimal.stripTrailingZeros().scale() > 0) {
      return false;
    }
    if (raw == BigInteger.class) {
      return true;
    }
    long max =
        switch (raw.getSimpleName().toLowerCase(Locale.ROOT)) {
          case "byte" -> Byte.MAX_VALUE;
          case "short" -> Short.MAX_VALUE;
          case "int", "integer" -> Integer.MAX_VALUE;
          default -> Long.MAX_VALUE;
        };
    return decimal.abs().compareTo(BigDecimal.valueOf(max)) <= 0;
  }

  private static boolean isDate(JsonValue value) {
    if (!(value instanceof JsonString text)) {
      return false;
    }
    try {
      LocalDate.parse(text.getString());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** What JSON-B binds: public setters and public fields, by name, in a stable order. */
  private static Map<String, Type> propertiesOf(Class<?> type) {
    Map<String, Type> properties = new LinkedHashMap<>();
    for (Field field : type.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isFinal(field.getModifiers())) {
        properties.put(field.getName(), field.getGenericType());
      }
    }
    for (Method method : type.getMethods()) {
      String name = method.getName();
      if (name.length() > 3
          && name.startsWith("set")
          && method.getParameterCount() == 1
          && !Modifier.isStatic(method.getModifiers())) {
        String property = Character.toLowerCase(name.charAt(3)) + name.substring(4);
        properties.put(property, method.getGenericParameterTypes()[0]);
      }
    }
    return properties.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    if (type instanceof GenericArrayType a) {
      return raw(a.getGenericComponentType()).arrayType();
    }
    return Object.class;
  }

  private static Type elementType(Type type, Class<?> raw) {
    if (raw.isArray()) {
      return type instanceof GenericArrayType a
          ? a.getGenericComponentType()
          : raw.getComponentType();
    }
    return typeArgument(type, 0);
  }

  private static Type typeArgument(Type type, int index) {
    return Optional.of(type)
        .filter(ParameterizedType.class::isInstance)
        .map(t -> ((ParameterizedType) t).getActualTypeArguments())
        .filter(arguments -> arguments.length > index)
        .map(arguments -> arguments[index])
        .orElse(Object.class);
  }
}
