/** Information governance over the API: consent and lawful bases, break-glass, agreements. */
package org.totalplace.api.sharing;
