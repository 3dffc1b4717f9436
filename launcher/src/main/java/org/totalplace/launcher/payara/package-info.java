/**
 * Our own Payara Server domain: loopback-only ports, the app's data source, and the EAR deployed
 * into it.
 */
package org.totalplace.launcher.payara;
