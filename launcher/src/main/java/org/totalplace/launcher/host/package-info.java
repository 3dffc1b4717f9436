/**
 * What the launcher needs from the machine: free ports, unpacked archives, child processes, console
 * progress.
 */
package org.totalplace.launcher.host;
