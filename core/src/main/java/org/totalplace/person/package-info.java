/** The people agencies work with: one shared record each. */
package org.totalplace.person;
