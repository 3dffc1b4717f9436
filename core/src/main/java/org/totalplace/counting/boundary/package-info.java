/** Keeping the unit cost catalogue and the deflators that put every cost in one price year. */
package org.totalplace.counting.boundary;
