/** Subscriptions, event types, deliveries and their attempts. */
package org.totalplace.webhook.entity;
