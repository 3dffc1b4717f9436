/** Periods, spreads of durations, and the rows of the flow figures. */
package org.totalplace.flow.entity;
