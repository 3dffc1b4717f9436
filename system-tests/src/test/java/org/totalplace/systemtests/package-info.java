/** Tests of the whole platform as people and systems use it, on one stack started for the run. */
package org.totalplace.systemtests;
