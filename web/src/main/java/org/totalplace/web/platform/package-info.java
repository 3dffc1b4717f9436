/** Login, the current caller and what every page shares. */
package org.totalplace.web.platform;
