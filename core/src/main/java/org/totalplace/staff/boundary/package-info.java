/** Recording who logged in and finding team leads and colleagues. */
package org.totalplace.staff.boundary;
