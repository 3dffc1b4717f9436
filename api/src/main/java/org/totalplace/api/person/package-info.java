/** People over the API: search, read, create. */
package org.totalplace.api.person;
