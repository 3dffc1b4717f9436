/** Webhook subscriptions of the calling system's agency, and their delivery history. */
package org.totalplace.api.webhook;
