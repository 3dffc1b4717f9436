/** Keycloak in production mode on PostgreSQL, with the Totalplace realm imported. */
package org.totalplace.launcher.keycloak;
