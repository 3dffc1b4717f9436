/** A member of staff. */
package org.totalplace.staff.entity;
