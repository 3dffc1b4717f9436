/**
 * Webhooks: events about referrals and people sent to the agencies' own systems, signed, from a
 * transactional outbox, retried with back-off, with a history and a dead-letter list to replay.
 */
package org.totalplace.webhook;
