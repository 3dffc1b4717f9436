package org.totalplace.launcher.host;

/** A failure people can act on: the message is shown as is, without a stack trace. */
public class LaunchFailure extends RuntimeException {
  public LaunchFailure(String message) {
    super(message);
  }

  public LaunchFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
