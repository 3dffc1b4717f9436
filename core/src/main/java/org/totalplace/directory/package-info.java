/** The agencies of the place and the services they offer to take referrals. */
package org.totalplace.directory;
