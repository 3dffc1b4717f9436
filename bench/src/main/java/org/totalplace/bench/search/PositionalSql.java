package org.totalplace.bench.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL written with JPA's numbered parameters (?1, ?2, a number may repeat) as plain JDBC: each ?n
 * becomes a ? bound to the n-th value, which is what the app's JPA provider sends to the driver for
 * the same native query.
 */
public record PositionalSql(String jdbc, int[] order) {

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  public static PositionalSql of(String sql) {
    Matcher matcher = NUMBERED.matcher(sql);
    StringBuilder jdbc = new StringBuilder();
    List<Integer> order = new ArrayList<>();
    while (matcher.find()) {
      order.add(Integer.parseInt(matcher.group(1)));
      matcher.appendReplacement(jdbc, "?");
    }
    matcher.appendTail(jdbc);
    if (order.isEmpty() && sql.contains("?")) {
      // Plain JDBC placeholders already: bind in order.
      int count = (int) sql.chars().filter(c -> c == '?').count();
      return new PositionalSql(sql, java.util.stream.IntStream.rangeClosed(1, count).toArray());
    }
    return new PositionalSql(jdbc.toString(), order.stream().mapToInt(Integer::intValue).toArray());
  }

  public PreparedStatement prepare(Connection connection, String prefix) throws SQLException {
    return connection.prepareStatement(prefix + jdbc);
  }

  public void bind(PreparedStatement statement, List<Object> values) throws SQLException {
    for (int i = 0; i < order.length; i++) {
      statement.setObject(i + 1, values.get(order[i] - 1));
    }
  }
}
