package org.totalplace.systemtests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.totalplace.launcher.Stack;

/**
 * Starts one test stack (ports offset by 10000, no demo data) for all system tests of the run and
 * stops it when they are done.
 */
public class Platform implements BeforeAllCallback {

  private static Stack stack;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (Platform.class) {
      if (stack == null) {
        stack =
            Stack.configure()
                .home(Path.of(System.getProperty("totalplace.home", "target/stack")))
                .dist(Path.of(System.getProperty("totalplace.dist", "../launcher/target/dist")))
                .portOffset(10000)
                .demoData(false)
                .freshData(true)
                .start();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put("totalplace-stack", (ExtensionContext.Store.CloseableResource) stack::close);
      }
    }
  }

  public static Stack stack() {
    return stack;
  }

  public static Connection database() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }
}
