package org.totalplace.referral.entity;

import java.util.List;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.person.entity.SharedRecord;

/**
 * A person's record page as one boundary call builds it: the record as the caller may see it, the
 * referrals about the person the caller's agency may see, the services they could refer to, and the
 * pathways their agency takes part in (all empty when only the "known to" card is open to the
 * caller).
 */
public record OpenedRecord(
    SharedRecord record,
    List<Referral> referrals,
    List<Service> services,
    List<Pathway> pathways) {}
