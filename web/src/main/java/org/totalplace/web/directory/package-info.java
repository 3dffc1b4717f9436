/** Pages of the service directory: agency admins keep it, workers choose a service to refer to. */
package org.totalplace.web.directory;
