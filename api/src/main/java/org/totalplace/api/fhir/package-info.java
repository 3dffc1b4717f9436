/**
 * A FHIR R4 facade over referrals for health systems: a referral sent as a transaction Bundle of a
 * Task and a ServiceRequest, followed as that Task, and Patient search for the person match. It
 * only translates (HAPI FHIR model and parser); the rules, sharing and audit are the boundaries'.
 * The mapping is in the README under "FHIR R4 facade".
 */
package org.totalplace.api.fhir;
