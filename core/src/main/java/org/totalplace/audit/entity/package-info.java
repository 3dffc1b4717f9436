/** One audited event. */
package org.totalplace.audit.entity;
