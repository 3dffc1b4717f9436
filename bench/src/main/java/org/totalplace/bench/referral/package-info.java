/** Times referrals through the running platform's API, with raw-SQL baselines in the same run. */
package org.totalplace.bench.referral;
