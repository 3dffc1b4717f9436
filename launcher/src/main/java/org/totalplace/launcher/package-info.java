/**
 * Brings the whole platform up on one machine: {@link org.totalplace.launcher.Stack} for tests,
 * {@link org.totalplace.launcher.Launcher} for people.
 */
package org.totalplace.launcher;
