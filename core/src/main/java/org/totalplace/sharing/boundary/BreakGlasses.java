package org.totalplace.sharing.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.person.boundary.Persons;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.control.SharingRows;
import org.totalplace.sharing.entity.BreakGlass;

/**
 * Emergency access: a worker states why, sees the whole record for four hours, and the
 * data-protection officer reviews every use and marks it justified or not.
 */
@Stateless
public class BreakGlasses {

  public static final Duration HOW_LONG = Duration.ofHours(4);

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject AuditTrail audit;

  Clock clock = Clock.systemUTC();

  public BreakGlass breakGlass(Caller caller, long personId, String reason) {
    // A person answers to the officer for every use; a system cannot, so it never breaks the glass.
    if (!caller.isPerson()) {
      throw new NotAllowed(
          "Break-glass is for a worker at the pages, who answers for it: systems cannot use it");
    }
    Access.requireCaseworker(caller);
    if (reason == null || reason.strip().length() < 10 || reason.length() > 1000) {
      throw InvalidInput.of("reason", "Say why this is an emergency, in 10 to 1000 characters");
    }
    Person person = persons.kept(personId);
    var now = clock.instant();
    long id =
        Sql.insert(
            em,
            "insert into break_glass (person_id, username, agency, reason, started_at, ends_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6)",
            person.getId(),
            caller.getUsername(),
            caller.getAgency(),
            reason.strip(),
            now,
            now.plus(HOW_LONG));
    audit.record(
        caller, "BREAK_GLASS", "person", person.getId(), reason.strip(), "emergency access", null);
    return find(id);
  }

  /** Uses of break-glass nobody has reviewed yet, oldest first. */
  public List<BreakGlass> awaitingReview(Caller caller) {
    requireOfficer(caller);
    return Sql.rows(em, SharingRows.GLASS + " where review is null order by started_at limit 200")
        .stream()
        .map(SharingRows::glass)
        .toList();
  }

  public List<BreakGlass> reviewed(Caller caller) {
    requireOfficer(caller);
    return Sql.rows(
            em, SharingRows.GLASS + " where review is not null order by reviewed_at desc limit 50")
        .stream()
        .map(SharingRows::glass)
        .toList();
  }

  public void review(
      Caller caller, long id, BreakGlass.Review finding, String note, Integer expectedVersion) {
    requireOfficer(caller);
    if (finding == null) {
      throw InvalidInput.of("review", "Choose justified or not justified");
    }
    if (finding == BreakGlass.Review.NOT_JUSTIFIED && (note == null || note.isBlank())) {
      throw InvalidInput.of("note", "Say why it was not justified and what will happen next");
    }
    if (note != null && note.length() > 1000) {
      throw InvalidInput.of("note", "The note must be 1000 characters or fewer");
    }
    BreakGlass glass = find(id);
    if (glass.review() != null) {
      throw new Conflict("This has already been reviewed as " + glass.review().getLabel());
    }
    int changed =
        Sql.update(
            em,
            "update break_glass set review = ?3, review_note = ?4, reviewed_by = ?5,"
                + " reviewed_at = ?6, version = version + 1 where id = ?1 and version = ?2",
            id,
            expectedVersion == null ? glass.version() : expectedVersion,
            finding,
            note == null || note.isBlank() ? null : note.strip(),
            caller.getDisplayName(),
            clock.instant());
    if (changed == 0) {
      throw Conflict.staleVersion("Someone else reviewed this meanwhile. Reload the list.");
    }
    audit.record(
        caller,
        "BREAK_GLASS_REVIEWED",
        "person",
        glass.personId(),
        finding.getLabel() + " (break-glass " + id + ")",
        "data-protection review",
        null);
  }

  private BreakGlass find(long id) {
    return Sql.rows(em, SharingRows.GLASS + " where id = ?1", id).stream()
        .map(SharingRows::glass)
        .findFirst()
        .orElseThrow(() -> new NotFound("There is no break-glass with id " + id));
  }

  static void requireOfficer(Caller caller) {
    if (!caller.hasRole(Roles.DATA_PROTECTION_OFFICER)) {
      throw new NotAllowed("Only the data-protection officer can do this");
    }
  }
}
