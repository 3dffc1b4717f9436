/** Who is acting and in which role. */
package org.totalplace.platform.entity;
