/** Writing audit events inside the action they record. */
package org.totalplace.audit.control;
