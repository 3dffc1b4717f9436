/**
 * Safe retries for systems: the first answer to each write sent with an Idempotency-Key, kept for a
 * day and stored in the same transaction as the write itself.
 */
package org.totalplace.idempotency;
