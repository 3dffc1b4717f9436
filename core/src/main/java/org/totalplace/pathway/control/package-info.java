/** The plan's steps as the pathway models define them, and telling people about them. */
package org.totalplace.pathway.control;
