/**
 * Lists and figures taken away as files, for team leads and above only, each one audited: what was
 * exported, by whom, how many rows.
 */
package org.totalplace.export;
