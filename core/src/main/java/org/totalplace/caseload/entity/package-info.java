/** A worker's load, an item of work, and the weights that turn items into points. */
package org.totalplace.caseload.entity;
