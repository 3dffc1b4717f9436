package org.totalplace.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers on the app's own pool, within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReady implements HealthCheck {

  static final int TIMEOUT_SECONDS = 2;

  @Resource(lookup = "jdbc/totalplace")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var answer = HealthCheckResponse.named("postgresql");
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(TIMEOUT_SECONDS);
      try (ResultSet schema =
          statement.executeQuery(
              "select version from flyway_schema_history where success order by installed_rank desc limit 1")) {
        schema.next();
        return answer.up().withData("schemaVersion", String.valueOf(schema.getString(1))).build();
      }
    } catch (SQLException e) {
      // The state only: the message may name hosts, and the log has the detail.
      return answer
          .down()
          .withData("error", e.getSQLState() == null ? "no answer" : e.getSQLState())
          .build();
    }
  }
}
