/** Posting notices to a worker, an agency or its team leads, with the email that goes with them. */
package org.totalplace.notice.control;
