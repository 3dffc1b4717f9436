/** A referral, its urgency and its status. */
package org.totalplace.referral.entity;
