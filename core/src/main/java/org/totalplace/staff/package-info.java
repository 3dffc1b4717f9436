/** The people who work in the place's agencies, as the platform needs to know them. */
package org.totalplace.staff;
