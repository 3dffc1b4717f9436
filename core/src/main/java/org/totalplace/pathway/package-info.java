/** Pathways: several agencies planning one transition (prison release, leaving care, discharge). */
package org.totalplace.pathway;
