/** The service directory over the API. */
package org.totalplace.api.directory;
