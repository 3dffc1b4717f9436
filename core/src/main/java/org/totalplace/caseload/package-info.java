/**
 * Team leads' view of their team's work: each worker's weighted caseload against their capacity,
 * what is overdue or due soon, work nobody holds, and moving work between workers.
 */
package org.totalplace.caseload;
