/**
 * What every component shares: who is calling, what can go wrong, the database and the process
 * engine.
 */
package org.totalplace.platform;
