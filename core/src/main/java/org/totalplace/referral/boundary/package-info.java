/** Sending, reading and deciding referrals, each decision a step of the referral process. */
package org.totalplace.referral.boundary;
