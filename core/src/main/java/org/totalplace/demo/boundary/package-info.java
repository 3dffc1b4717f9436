/** Loads the demo data once, through the same boundaries people use. */
package org.totalplace.demo.boundary;
