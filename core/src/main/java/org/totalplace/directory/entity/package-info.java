/** Agencies and their services. */
package org.totalplace.directory.entity;
