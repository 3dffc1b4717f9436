package org.totalplace.platform.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
    return (Instant) value;
  }

  public static LocalDate date(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
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
