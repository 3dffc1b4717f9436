package org.totalplace.platform.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Native SQL in the caller's transaction, for read models and small tables where an entity would
 * only add mapping code. Converts between JDBC values and java.time at one place.
 */
public final class Sql {

  private Sql() {}

  /** A query with positional parameters ?1, ?2, ... bound in order. */
  public static Query query(EntityManager em, String sql, Object... params) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < params.length; i++) {
      query.setParameter(i + 1, jdbc(params[i]));
    }
    return query;
  }

  public static int update(EntityManager em, String sql, Object... params) {
    return query(em, sql, params).executeUpdate();
  }

  @SuppressWarnings("unchecked")
  public static List<Object[]> rows(EntityManager em, String sql, Object... params) {
    return query(em, sql, params).getResultList();
  }

  /** Inserts a row and answers its generated id. */
  public static long insert(EntityManager em, String sql, Object... params) {
    return id(query(em, sql + " returning id", params).getSingleResult());
  }

  /**
   * One list of rows named in {@link #lists}: what {@code select <columns> <rest>} would answer,
   * where {@code rest} is the from, where, order by and limit of that statement.
   */
  public record Part(String name, String columns, String rest) {}

  /**
   * Several lists in one statement (a page that needs seven short lists makes one round trip and
   * one statement, not seven): each part is read as a JSON array of rows in its own order, and each
   * row comes back as the {@code Object[]} its own query would give, with times and dates as text
   * that {@link #instant} and {@link #date} read. Parameters ?1, ?2, ... are shared by all.
   */
  public static Map<String, List<Object[]>> lists(
      EntityManager em, List<Part> parts, Object... params) {
    StringBuilder sql = new StringBuilder("select json_build_object(");
    for (Part part : parts) {
      sql.append(sql.charAt(sql.length() - 1) == '(' ? "'" : ", '")
          .append(part.name())
          .append("', (select coalesce(json_agg(x.r), '[]'::json) from (select json_build_array(")
          .append(part.columns())
          .append(") r ")
          .append(part.rest())
          .append(") x)");
    }
    sql.append(")::text");
    Object json = query(em, sql.toString(), params).getSingleResult();
    Map<String, List<Object[]>> lists = new LinkedHashMap<>();
    try (JsonReader reader = Json.createReader(new StringReader((String) json))) {
      JsonObject read = reader.readObject();
      for (Part part : parts) {
        List<Object[]> rows = new ArrayList<>();
        for (JsonValue row : read.getJsonArray(part.name())) {
          JsonArray values = row.asJsonArray();
          Object[] columns = new Object[values.size()];
          for (int i = 0; i < columns.length; i++) {
            columns[i] = plain(values.get(i));
          }
          rows.add(columns);
        }
        lists.put(part.name(), rows);
      }
    }
    return lists;
  }

  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> {
        JsonNumber number = (JsonNumber) value;
        yield number.isIntegral() ? (Object) number.longValue() : number.bigDecimalValue();
      }
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Object jdbc(Object value) {
    if (value instanceof Instant instant) {
      return Timestamp.from(instant);
    }
    if (value instanceof LocalDate date) {
      return java.sql.Date.valueOf(date);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    return value;
  }

  public static long id(Object value) {
    return ((Number) value).longValue();
  }

  public static Long nullableId(Object value) {
    return value == null ? null : ((Number) value).longValue();
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof String text) {
      // As PostgreSQL writes times in JSON: with an offset for timestamptz, without for timestamp
      // (read in the server's zone, as JDBC reads a Timestamp).
      return text.length() > 19 && text.matches(".*[+-]\\d\\d:\\d\\d$|.*Z$")
          ? java.time.OffsetDateTime.parse(text).toInstant()
          : java.time.LocalDateTime.parse(text)
              .atZone(java.time.ZoneId.systemDefault())
              .toInstant();
    }
    return (Instant) value;
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof String text) {
      return LocalDate.parse(text);
    }
    return (LocalDate) value;
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }

  public static <E extends Enum<E>> E constant(Class<E> type, Object value) {
    return value == null ? null : Enum.valueOf(type, value.toString());
  }
}
