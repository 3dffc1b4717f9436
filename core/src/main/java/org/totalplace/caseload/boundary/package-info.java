/** The team's caseloads, the workload weights an agency admin sets, and reassignment. */
package org.totalplace.caseload.boundary;
