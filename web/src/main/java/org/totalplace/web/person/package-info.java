/** Pages to find, create and open a person's record. */
package org.totalplace.web.person;
