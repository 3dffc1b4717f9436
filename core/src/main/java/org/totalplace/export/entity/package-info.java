/** A table ready to be written as a file. */
package org.totalplace.export.entity;
