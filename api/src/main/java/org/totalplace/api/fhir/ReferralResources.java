package org.totalplace.api.fhir;

import java.time.Instant;
import java.util.Date;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Meta;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.ServiceRequest;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Task;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.ReferralStatus;

/**
 * One referral as the Task that tracks it and the ServiceRequest it carries. Both share the
 * referral's id and version, and show exactly what /api/v1/referrals/{id} shows either agency.
 */
final class ReferralResources {

  private ReferralResources() {}

  static Task task(Referral r) {
    Task task = new Task();
    task.setId(Long.toString(r.getId()));
    task.setMeta(meta(r));
    task.setStatus(FhirCodes.taskStatus(r.getStatus()));
    task.setIntent(Task.TaskIntent.ORDER);
    task.setPriority(Task.TaskPriority.fromCode(r.getUrgency().getFhirPriority()));
    task.setBusinessStatus(
        new CodeableConcept(
                new Coding(
                    FhirCodes.REFERRAL_STATUS, r.getStatus().name(), r.getStatus().getLabel()))
            .setText(r.getStatus().getLabel()));
    if (r.getStatus() == ReferralStatus.DECLINED) {
      CodeableConcept why = new CodeableConcept().setText(r.getDeclineReason());
      if (r.getDeclineCode() != null) {
        why.addCoding(
            new Coding(
                FhirCodes.DECLINE_REASON,
                r.getDeclineCode().name(),
                r.getDeclineCode().getLabel()));
      }
      task.setStatusReason(why);
    } else if (r.getStatus() == ReferralStatus.INFORMATION_REQUESTED) {
      task.setStatusReason(new CodeableConcept().setText(r.getInformationRequest()));
    }
    task.setFocus(new Reference("ServiceRequest/" + r.getId()));
    task.setFor(patient(r));
    task.setAuthoredOn(date(r.getSentAt() != null ? r.getSentAt() : r.getCreatedAt()));
    task.setLastModified(date(r.getStatusChangedAt()));
    task.setRequester(agency(r.getFromAgency()));
    task.setOwner(service(r));
    if (r.getOutcome() != null && !r.getOutcome().isBlank()) {
      task.addOutput()
          .setType(new CodeableConcept(new Coding(FhirCodes.TASK_OUTPUT, "outcome", "Outcome")))
          .setValue(new StringType(r.getOutcome()));
    }
    return task;
  }

  static ServiceRequest serviceRequest(Referral r) {
    ServiceRequest request = new ServiceRequest();
    request.setId(Long.toString(r.getId()));
    request.setMeta(meta(r));
    request.setStatus(FhirCodes.requestStatus(r.getStatus()));
    request.setIntent(ServiceRequest.ServiceRequestIntent.ORDER);
    request.setPriority(FhirCodes.priority(r.getUrgency()));
    request.setCode(new CodeableConcept().setText(r.getService().getName()));
    request.setSubject(patient(r));
    request.addPerformer(service(r));
    request.setRequester(agency(r.getFromAgency()));
    request.setAuthoredOn(date(r.getSentAt() != null ? r.getSentAt() : r.getCreatedAt()));
    request.addReasonCode().setText(r.getReason());
    return request;
  }

  /** The answer to a transaction: where each resource now lives, entry by entry. */
  static Bundle transactionResponse(ReferralOrder order, Referral made) {
    Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
    for (String type : order.entryTypes()) {
      response
          .addEntry()
          .getResponse()
          .setStatus("201 Created")
          .setLocation(type + "/" + made.getId() + "/_history/" + made.getVersion())
          .setEtag(etag(made))
          .setLastModified(date(made.getLastActivityAt()));
    }
    return response;
  }

  /** The one ETag form of the platform (IfMatch.tag), as text for a transaction response. */
  static String etag(Referral r) {
    return org.totalplace.api.platform.IfMatch.header(r.getVersion());
  }

  private static Meta meta(Referral r) {
    return new Meta()
        .setVersionId(Integer.toString(r.getVersion()))
        .setLastUpdated(date(r.getLastActivityAt()));
  }

  private static Reference patient(Referral r) {
    return new Reference("Patient/" + r.getPerson().getId())
        .setDisplay(r.getPerson().getFullName());
  }

  private static Reference service(Referral r) {
    return new Reference("HealthcareService/" + r.getService().getId())
        .setDisplay(r.getService().getName());
  }

  private static Reference agency(String code) {
    return new Reference()
        .setType("Organization")
        .setIdentifier(new Identifier().setSystem(FhirCodes.AGENCY).setValue(code));
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }
}
