/** The flow figures for a period, as the viewer may see them. */
package org.totalplace.flow.boundary;
