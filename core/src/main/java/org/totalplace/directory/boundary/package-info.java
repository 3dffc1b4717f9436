/** Reading the directory of agencies and services. */
package org.totalplace.directory.boundary;
