/**
 * How referrals flow between agencies: how long handoffs take, where they stall, bounce or are
 * declined, and which pathway steps were late; for team leads, agency admins and the
 * data-protection officer, within what each may see.
 */
package org.totalplace.flow;
