package org.totalplace.referral.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.entity.OpenedRecord;

/**
 * Opening a person's record: the record, its referrals and the services to refer to, read and
 * audited in one transaction (the page made three, one per part, each with its own commit).
 */
@Stateless
public class RecordPage {

  @Inject Persons persons;
  @Inject Referrals referrals;
  @Inject Directory directory;

  public OpenedRecord open(Caller caller, long personId) {
    SharedRecord record = persons.record(caller, personId);
    if (!record.isRecordOpen()) {
      return new OpenedRecord(record, List.of(), List.of());
    }
    return new OpenedRecord(
        record,
        referrals.about(caller, record.getId()),
        directory.servicesOutside(caller.getAgency()));
  }
}
