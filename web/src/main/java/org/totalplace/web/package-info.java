/** Pages for people; each view bean calls a core boundary and holds no business rules. */
package org.totalplace.web;
