/** Pages for referrals: the inbox, what we sent, and one referral with its decision. */
package org.totalplace.web.referral;
