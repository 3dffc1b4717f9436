/**
 * A whole generated place (people, staff, record histories, referrals, pathways) written by COPY
 * into the platform's schema: the bench's data at scale and the demo's background at a small size.
 */
package org.totalplace.generator.place;
