/** The agency admin's view of the agency's webhooks and the dead-letter list. */
package org.totalplace.web.webhook;
