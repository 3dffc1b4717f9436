/**
 * The PostgreSQL server the app and Keycloak share: embedded (zonky) or one the user already runs.
 */
package org.totalplace.launcher.postgres;
