/**
 * Information governance: which agency may see which categories of a person's information, on what
 * lawful basis, and the emergency "break the glass" route with its review.
 */
package org.totalplace.sharing;
