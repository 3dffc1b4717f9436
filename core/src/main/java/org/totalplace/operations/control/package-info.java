/** The statements and sums behind what operators watch. */
package org.totalplace.operations.control;
