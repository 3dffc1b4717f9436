/** Pathways and the steps of their shared plan. */
package org.totalplace.pathway.entity;
