/** Subscribing, reading the delivery history and replaying; the dispatcher that sends. */
package org.totalplace.webhook.boundary;
