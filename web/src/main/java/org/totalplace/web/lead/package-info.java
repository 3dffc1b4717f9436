/**
 * Team leads' pages: the team's caseloads, one worker's list, moving work, the flow between
 * agencies, and the same lists and figures as CSV and Excel files.
 */
package org.totalplace.web.lead;
