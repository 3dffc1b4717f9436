/** Demo people and referrals for a fresh demo platform. */
package org.totalplace.demo;
