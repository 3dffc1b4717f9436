/** The API for systems, version 1: resources call core boundaries and hold no business rules. */
package org.totalplace.api;
