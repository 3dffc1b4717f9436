/** Telling people what needs them: a notice in their inbox in the app, and an email. */
package org.totalplace.notice;
