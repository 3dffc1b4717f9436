/** The audit trail: every read and change of personal data, by whom and when. */
package org.totalplace.audit;
