package org.totalplace.systemtests;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.totalplace.launcher.Stack;

/**
 * Starts one test stack (ports offset by 10000 unless {@code totalplace.portOffset} says, no demo
 * data) for all system tests of the run and stops it when they are done.
 */
public class Platform implements BeforeAllCallback {

  private static Stack stack;
  private static GreenMail mail;

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (Platform.class) {
      if (stack == null) {
        // A real SMTP server in this JVM: the platform's emails land here for the tests to read.
        // Both can be moved so that two checkouts can run their system tests side by side.
        int offset = Integer.getInteger("totalplace.portOffset", 10000);
        int smtpPort = Integer.getInteger("totalplace.smtpPort", 13025);
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        stack =
            Stack.configure()
                .home(Path.of(System.getProperty("totalplace.home", "target/stack")))
                .dist(Path.of(System.getProperty("totalplace.dist", "../launcher/target/dist")))
                .portOffset(offset)
                .demoData(false)
                .freshData(true)
                .smtp("127.0.0.1", smtpPort)
                // The restore test replays this archive (RestoreIT).
                .continuousBackup(true)
                .start();
        context
            .getRoot()
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .put(
                "totalplace-stack",
                (ExtensionContext.Store.CloseableResource)
                    () -> {
                      stack.close();
                      mail.stop();
                    });
      }
    }
  }

  /**
   * Stops the whole stack, lets {@code whileDown} work on its files (a restore), and starts it
   * again on the same data.
   */
  static synchronized void restart(Runnable whileDown) {
    Path home = stack.home();
    int offset = Integer.getInteger("totalplace.portOffset", 10000);
    stack.close();
    whileDown.run();
    stack =
        Stack.configure()
            .home(home)
            .dist(Path.of(System.getProperty("totalplace.dist", "../launcher/target/dist")))
            .portOffset(offset)
            .demoData(false)
            .freshData(false)
            .smtp("127.0.0.1", Integer.getInteger("totalplace.smtpPort", 13025))
            .continuousBackup(true)
            .start();
  }

  public static Stack stack() {
    return stack;
  }

  /** The email the platform has sent so far. */
  public static GreenMail mail() {
    return mail;
  }

  public static Connection database() throws SQLException {
    return DriverManager.getConnection(stack.jdbcUrl(), stack.dbUser(), stack.dbPassword());
  }
}
