/** Finding, reading and creating people's records. */
package org.totalplace.person.boundary;
