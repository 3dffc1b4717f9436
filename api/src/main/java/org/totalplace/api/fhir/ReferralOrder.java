package org.totalplace.api.fhir;

import java.util.List;
import org.totalplace.referral.entity.Urgency;

/**
 * What a health system's transaction Bundle asks for, read and checked before anything is written.
 * The person is named either by our Patient id or by NHS number, never both.
 *
 * @param entryTypes the resource type of each Bundle entry in order, to answer entry by entry
 */
record ReferralOrder(
    Long personId,
    String nhsNumber,
    long serviceId,
    Urgency urgency,
    String reason,
    List<String> entryTypes) {}
