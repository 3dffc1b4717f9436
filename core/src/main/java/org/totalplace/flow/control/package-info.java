/** The place-wide figures of a period, computed from indexes and kept for a minute. */
package org.totalplace.flow.control;
