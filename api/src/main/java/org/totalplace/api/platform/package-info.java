/** The calling system, and errors as RFC 9457 problem details. */
package org.totalplace.api.platform;
