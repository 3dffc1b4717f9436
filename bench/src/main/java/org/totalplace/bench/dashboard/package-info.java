/**
 * Times the team lead's dashboard pages (caseloads, flow between agencies) through the running
 * platform on millions of referrals loaded straight into its database, with raw-SQL baselines in
 * the same run.
 */
package org.totalplace.bench.dashboard;
