/** Writing events in the change's transaction, signing, back-off and the delivery ledger. */
package org.totalplace.webhook.control;
