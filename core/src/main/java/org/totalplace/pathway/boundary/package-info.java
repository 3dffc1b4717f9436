/** Starting pathways, reading the shared plan, and marking steps in place. */
package org.totalplace.pathway.boundary;
