/** People over the API: search, create, the shared record and what agencies add to it. */
package org.totalplace.api.person;
