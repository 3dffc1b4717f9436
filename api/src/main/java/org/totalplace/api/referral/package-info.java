/** Referrals over the API: send, follow, accept and decline. */
package org.totalplace.api.referral;
