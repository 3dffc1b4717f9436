package org.totalplace.launcher.host;

/** One TCP port on 127.0.0.1 and what needs it, so a clash can be explained in words. */
public record Port(int number, String purpose) {}
