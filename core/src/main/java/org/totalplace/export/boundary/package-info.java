/** Who may export, and the audit of each export. */
package org.totalplace.export.boundary;
