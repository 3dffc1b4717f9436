/** Reading the GMCA Unit Cost Database format and uprating costs between price years. */
package org.totalplace.counting.control;
