package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.boundary.Pathways;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.OpenedRecord;
import org.totalplace.referral.entity.Referral;

/**
 * Opening a person's record: the record, its referrals, its pathways and the services to refer to,
 * read in one transaction and audited by one statement (the page made three transactions, one per
 * part, each with its own commit and audit insert).
 */
@Stateless
public class RecordPage {

  @Inject Persons persons;
  @Inject Referrals referrals;
  @Inject Pathways pathways;
  @Inject Directory directory;
  @Inject AuditTrail audit;

  public OpenedRecord open(Caller caller, long personId) {
    List<AuditTrail.Event> read = new ArrayList<>();
    SharedRecord record = persons.record(caller, personId, read);
    if (!record.isRecordOpen()) {
      audit.recordEach(caller, read);
      return new OpenedRecord(record, List.of(), List.of(), List.of());
    }
    // The services first: read with their agencies, so the referrals' services (the same objects)
    // do not each fetch their agency afterwards.
    List<Service> services = directory.servicesOutside(caller.getAgency());
    List<Referral> about = referrals.about(caller, record.getId(), read);
    audit.recordEach(caller, read);
    return new OpenedRecord(record, about, services, pathways.forPerson(caller, record.getId()));
  }
}
