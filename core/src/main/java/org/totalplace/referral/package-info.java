/** Referrals: how a person is passed from one agency's service to another's. */
package org.totalplace.referral;
