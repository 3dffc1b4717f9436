/** Queueing email in the same transaction as the change it reports. */
package org.totalplace.mail.control;
