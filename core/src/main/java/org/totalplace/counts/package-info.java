/**
 * The counts of work waiting that every page shows (mine, not taken on, awaiting acceptance,
 * overdue, pathway steps, unread notices): kept in counter rows by the database in the same
 * transaction as each change, folded and recounted in the background, read in one cheap statement.
 */
package org.totalplace.counts;
