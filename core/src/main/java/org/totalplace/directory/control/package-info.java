/** Finding services, and reading and writing the Open Referral UK format. */
package org.totalplace.directory.control;
