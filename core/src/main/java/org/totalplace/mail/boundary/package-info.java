/** Delivering queued email over SMTP. */
package org.totalplace.mail.boundary;
