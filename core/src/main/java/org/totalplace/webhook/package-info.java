/**
 * Webhooks: events about referrals and people sent to the agencies' own systems, signed, from a
 * transactional outbox, retried with back-off, with a history and a dead-letter list to replay.
 *
 * <p>The event and its deliveries are written in the change's own transaction ({@code
 * control.Outbox}), so a rollback leaves nothing to send; the dispatcher ({@code
 * boundary.WebhookDispatcher}) claims due rows with {@code for update skip locked} and a lease, and
 * posts outside any transaction. Bodies carry ids and links only: receivers read the details
 * through the API, where access is decided. Signing follows Standard Webhooks ({@code
 * control.Signature}); the waits between attempts are in {@code control.Backoff}.
 */
package org.totalplace.webhook;
