/** The queries behind the caseloads. */
package org.totalplace.caseload.control;
