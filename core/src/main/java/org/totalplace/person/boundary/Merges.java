package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.person.entity.Merge;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.control.SharingFacts;

/**
 * Merging duplicate records and undoing a merge. Nothing is moved or deleted: the merged record
 * points at the kept one, so both histories stay whole and an undo is exact.
 */
@Stateless
public class Merges {

  private static final String MERGE =
      "select m.id, m.kept_id, k.given_name || ' ' || k.family_name, m.merged_id,"
          + " d.given_name || ' ' || d.family_name, m.reason, m.merged_at, m.merged_by,"
          + " m.undone_at, m.undone_by, m.version from merge m join person k on k.id = m.kept_id"
          + " join person d on d.id = m.merged_id";

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject SharingFacts sharing;

  Clock clock = Clock.systemUTC();

  public Merge merge(Caller caller, Long keptId, Long mergedId, String reason) {
    requireKeeper(caller);
    if (keptId == null) {
      throw InvalidInput.of("keptId", "Enter the id of the record to keep");
    }
    if (mergedId == null) {
      throw InvalidInput.of("mergedId", "Enter the id of the duplicate record");
    }
    if (keptId.equals(mergedId)) {
      throw InvalidInput.of("mergedId", "A record cannot be merged into itself");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidInput.of(
          "reason", "Say why these are the same person, in up to 1000 characters");
    }
    Person kept = em.find(Person.class, keptId);
    Person duplicate = em.find(Person.class, mergedId);
    if (kept == null) {
      throw InvalidInput.of("keptId", "There is no record " + keptId);
    }
    if (duplicate == null) {
      throw InvalidInput.of("mergedId", "There is no record " + mergedId);
    }
    if (kept.getMergedInto() != null) {
      throw InvalidInput.of(
          "keptId", "Record " + keptId + " is itself merged into " + kept.getMergedInto());
    }
    if (duplicate.getMergedInto() != null) {
      throw InvalidInput.of("mergedId", "Record " + mergedId + " is already merged");
    }
    // An agency admin merges only records their agency may see: a merge must not open one.
    requireSeen(caller, keptId);
    requireSeen(caller, mergedId);
    // Both records change version, so two merges of the same pair at once cannot both commit.
    em.lock(kept, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    // Records merged into the duplicate follow it, so nothing points at a merged record.
    Sql.update(em, "update person set merged_into = ?1 where merged_into = ?2", keptId, mergedId);
    duplicate.mergeInto(keptId);
    duplicate.touched(caller.getUsername(), clock.instant());
    em.flush();
    long id =
        Sql.insert(
            em,
            "insert into merge (kept_id, merged_id, reason, merged_at, merged_by)"
                + " values (?1, ?2, ?3, ?4, ?5)",
            keptId,
            mergedId,
            reason.strip(),
            clock.instant(),
            caller.getDisplayName());
    audit.record(
        caller,
        "PERSON_MERGED",
        "person",
        keptId,
        "merged " + mergedId + ": " + reason.strip(),
        "record keeping",
        null);
    audit.record(
        caller, "PERSON_MERGED", "person", mergedId, "into " + keptId, "record keeping", null);
    return find(id);
  }

  public Merge undo(Caller caller, long mergeId, Integer expectedVersion) {
    requireKeeper(caller);
    Merge merge = find(mergeId);
    if (merge.isUndone()) {
      throw new Conflict("This merge was already undone by " + merge.undoneBy());
    }
    int changed =
        Sql.update(
            em,
            "update merge set undone_at = ?3, undone_by = ?4, version = version + 1"
                + " where id = ?1 and version = ?2",
            mergeId,
            expectedVersion == null ? merge.version() : expectedVersion,
            clock.instant(),
            caller.getDisplayName());
    if (changed == 0) {
      throw Conflict.staleVersion("Someone else changed this merge meanwhile. Reload it.");
    }
    Person duplicate = em.find(Person.class, merge.mergedId());
    duplicate.mergeInto(null);
    duplicate.touched(caller.getUsername(), clock.instant());
    audit.record(
        caller,
        "MERGE_UNDONE",
        "person",
        merge.keptId(),
        "separated " + merge.mergedId(),
        "record keeping",
        null);
    audit.record(
        caller,
        "MERGE_UNDONE",
        "person",
        merge.mergedId(),
        "from " + merge.keptId(),
        "record keeping",
        null);
    return find(mergeId);
  }

  /** Who a record is, to decide whether two are the same person; audited as a look. */
  public org.totalplace.person.entity.Rows.Found identity(Caller caller, long id) {
    requireKeeper(caller);
    requireSeen(caller, id);
    Person person = em.find(Person.class, id);
    if (person == null) {
      throw new NotFound("There is no record " + id);
    }
    audit.record(caller, "PERSON_LISTED", "person", id, "merge check", "record keeping", null);
    return new org.totalplace.person.entity.Rows.Found(
        id,
        person.getFullName()
            + (person.getMergedInto() == null
                ? ""
                : " (merged into " + person.getMergedInto() + ")"),
        person.getDateOfBirth().getYear(),
        person.getDateOfBirth(),
        person.getPostcode(),
        List.of(),
        true,
        1);
  }

  public List<Merge> recent(Caller caller) {
    requireKeeper(caller);
    return Sql.rows(em, MERGE + " order by m.merged_at desc limit 100").stream()
        .map(Merges::row)
        .toList();
  }

  private Merge find(long id) {
    return Sql.rows(em, MERGE + " where m.id = ?1", id).stream()
        .map(Merges::row)
        .findFirst()
        .orElseThrow(() -> new NotFound("There is no merge with id " + id));
  }

  private static Merge row(Object[] r) {
    return new Merge(
        Sql.id(r[0]),
        Sql.id(r[1]),
        Sql.text(r[2]),
        Sql.id(r[3]),
        Sql.text(r[4]),
        Sql.text(r[5]),
        Sql.instant(r[6]),
        Sql.text(r[7]),
        Sql.instant(r[8]),
        Sql.text(r[9]),
        ((Number) r[10]).intValue());
  }

  /**
   * The data-protection officer looks after every record; an agency admin only those open to their
   * agency. Otherwise the same answer as a missing record.
   */
  private void requireSeen(Caller caller, long id) {
    if (caller.hasRole(Roles.DATA_PROTECTION_OFFICER)) {
      return;
    }
    if (!sharing.forAgency(caller.getAgency(), id).isRecordOpen()) {
      throw new NotFound("There is no record " + id + " your agency may see");
    }
  }

  private static void requireKeeper(Caller caller) {
    if (!caller.looksAfterRecords()) {
      throw new NotAllowed("Only a data-protection officer or an agency admin can merge records");
    }
  }
}
