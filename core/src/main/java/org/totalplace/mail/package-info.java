/** Email from the platform: queued with the change that causes it, sent after it commits. */
package org.totalplace.mail;
