/** Schema migration, the process engine, validation and the errors boundaries report. */
package org.totalplace.platform.control;
