package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.control.CustodySpells;
import org.totalplace.person.control.FactCaptures;
import org.totalplace.person.entity.Circumstances;
import org.totalplace.person.entity.CustodyStatus;
import org.totalplace.person.entity.Fact;
import org.totalplace.person.entity.FieldChange;
import org.totalplace.person.entity.Notice;
import org.totalplace.person.entity.Person;
import org.totalplace.person.entity.Postcodes;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.platform.entity.Words;
import org.totalplace.sharing.control.SharingFacts;
import org.totalplace.sharing.entity.Disclosure;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.webhook.control.Outbox;
import org.totalplace.webhook.entity.EventType;

/**
 * A change of circumstances is recorded once and every agency working with the person is told what
 * changed, as far as each may see it; nobody has to ask the person again.
 */
@Stateless
public class TellUsOnce {

  static final int MAX_LISTED = 200;

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject SharingFacts sharing;
  @Inject AuditTrail audit;
  @Inject Validation validation;
  @Inject Directory directory;
  @Inject Outbox outbox;
  @Inject CustodySpells custodySpells;
  @Inject FactCaptures captures;

  Clock clock = Clock.systemUTC();

  public SharedRecord change(Caller caller, long personId, Circumstances change) {
    Access.requireCaseworker(caller);
    validation.check(change);
    Person person = persons.kept(personId);
    Disclosure disclosure = persons.open(caller, person);
    if (person.getVersion() != change.getVersion()) {
      throw new Persons.RecordChanged(
          person, org.totalplace.person.entity.PersonDetails.of(person));
    }
    Instant now = clock.instant();
    List<FieldChange> general = new ArrayList<>();
    FieldChange custody = null;
    if (change.isAddressChange()) {
      if (change.getPostcode() == null || change.getPostcode().isBlank()) {
        throw InvalidInput.of("postcode", "Enter the postcode of the new address");
      }
      LocalDate movedIn = change.getMovedIn() == null ? LocalDate.now(clock) : change.getMovedIn();
      Sql.update(
          em,
          "update address set moved_out = ?2 where person_id = ?1 and moved_out is null and moved_in <= ?2",
          person.getId(),
          movedIn);
      Sql.update(
          em,
          "insert into address (person_id, line, postcode, moved_in, recorded_at, recorded_by)"
              + " values (?1, ?2, ?3, ?4, ?5, ?6)",
          person.getId(),
          change.getAddressLine().strip(),
          Postcodes.normalise(change.getPostcode()),
          movedIn,
          now,
          caller.getUsername());
      String before = person.getPostcode();
      person.movedTo(change.getPostcode());
      general.add(
          new FieldChange(
              "Address",
              before,
              change.getAddressLine().strip()
                  + ", "
                  + person.getPostcode()
                  + " from "
                  + Words.day(movedIn)));
    } else if (change.getPostcode() != null && !change.getPostcode().isBlank()) {
      throw InvalidInput.of("addressLine", "Enter the new address as well as its postcode");
    }
    if (change.getPhone() != null
        && !change.getPhone().isBlank()
        && !change.getPhone().strip().equals(person.getPhone())) {
      general.add(new FieldChange("Phone", person.getPhone(), change.getPhone().strip()));
      person.setPhone(change.getPhone());
    }
    if (change.getDateOfDeath() != null
        && !change.getDateOfDeath().equals(person.getDateOfDeath())) {
      if (change.getDateOfDeath().isBefore(person.getDateOfBirth())) {
        throw InvalidInput.of(
            "dateOfDeath", "The date of death cannot be before the date of birth");
      }
      general.add(
          new FieldChange("Date of death", person.getDateOfDeath(), change.getDateOfDeath()));
      person.setDateOfDeath(change.getDateOfDeath());
    }
    CustodyStatus status = change.getCustodyStatus();
    // A status recorded by an agency whose criminal-justice information the caller may not see
    // is not shown, compared or repeated: the new one simply replaces it.
    boolean hidden =
        person.getCustodyRecordedBy() != null
            && !disclosure.maySee(person.getCustodyRecordedBy(), Sensitivity.CRIMINAL_JUSTICE);
    if (status != null && (hidden || status != person.getCustodyStatus())) {
      custody =
          new FieldChange(
              "Custody status",
              hidden ? null : person.getCustodyStatus().getLabel(),
              status.getLabel());
      person.setCustody(status, caller.getAgency());
      custodySpells.changed(person.getId(), status, caller.getAgency(), now);
    }
    if (general.isEmpty() && custody == null) {
      throw InvalidInput.of(
          "addressLine",
          "Enter at least one change: an address, a phone number, custody status or a date of death");
    }
    person.touched(caller.getUsername(), now);
    em.flush();
    List<FieldChange> all = new ArrayList<>(general);
    if (custody != null) {
      all.add(custody);
    }
    if (!general.isEmpty()) {
      chronicle(person, caller, Sensitivity.GENERAL, general, now);
    }
    if (custody != null) {
      chronicle(person, caller, Sensitivity.CRIMINAL_JUSTICE, List.of(custody), now);
    }
    List<String> concerned = tellInvolvedAgencies(caller, person, general, custody, now);
    List<Fact> facts = FactCaptures.of(all);
    captures.keyed(person.getId(), caller.getAgency(), facts, now);
    captures.shared(
        person.getId(), concerned.stream().filter(a -> !caller.belongsTo(a)).toList(), facts, now);
    outbox.person(EventType.CIRCUMSTANCES_CHANGED, person.getId(), concerned, now);
    audit.record(
        caller,
        "CIRCUMSTANCES_CHANGED",
        "person",
        person.getId(),
        null,
        disclosure.describe(),
        FieldChange.describe(all));
    return persons.build(person, disclosure, personId);
  }

  private void chronicle(
      Person person,
      Caller caller,
      Sensitivity sensitivity,
      List<FieldChange> changes,
      Instant now) {
    Sql.update(
        em,
        "insert into entry (person_id, agency, kind, sensitivity, summary, detail, occurred_at,"
            + " recorded_at, recorded_by) values (?1, ?2, 'CHANGE', ?3, ?4, ?5, ?6, ?6, ?7)",
        person.getId(),
        caller.getAgency(),
        sensitivity,
        "Change of circumstances: "
            + String.join(", ", changes.stream().map(FieldChange::getField).toList()),
        FieldChange.describe(changes),
        now,
        caller.getDisplayName());
  }

  /**
   * Each other involved agency is told what it may see of the change, in its own inbox. Answers the
   * involved agencies that may see some of it, the caller's own included: their systems hear of the
   * change (an event with no details, so nobody learns more than their inbox says).
   */
  private List<String> tellInvolvedAgencies(
      Caller caller, Person person, List<FieldChange> general, FieldChange custody, Instant now) {
    List<Object[]> agencies =
        Sql.rows(
            em,
            "select distinct i.agency, 0 from involvement i join person p on p.id = i.person_id"
                + " where i.ended_on is null and (p.id = ?1 or p.merged_into = ?1)",
            person.getId());
    List<String> concerned = new ArrayList<>();
    for (Object[] row : agencies) {
      String agency = (String) row[0];
      if (caller.belongsTo(agency)) {
        concerned.add(agency);
        continue;
      }
      Disclosure theirs = sharing.forAgency(agency, person.getId());
      List<FieldChange> told = new ArrayList<>();
      if (theirs.maySee(caller.getAgency(), Sensitivity.GENERAL)) {
        told.addAll(general);
      }
      if (custody != null && theirs.maySee(caller.getAgency(), Sensitivity.CRIMINAL_JUSTICE)) {
        told.add(custody);
      }
      if (!told.isEmpty()) {
        Sql.update(
            em,
            "insert into notice (agency, person_id, kind, message, created_at, created_by, from_agency)"
                + " values (?1, ?2, 'CHANGE', ?3, ?4, ?5, ?6)",
            agency,
            person.getId(),
            FieldChange.describe(told),
            now,
            caller.getDisplayName(),
            caller.getAgency());
        concerned.add(agency);
      }
    }
    return concerned;
  }

  /**
   * Notices for the caller: their agency's, unless meant for one worker or for team leads only.
   * Parameters: ?1 agency, ?2 username, ?3 whether the caller is a team lead.
   */
  public static final String FOR_CALLER =
      "n.agency = ?1 and n.read_at is null and (n.to_username is null or n.to_username = ?2)"
          + " and (not n.to_team_leads or ?3)";

  /** What the caller's agency has been told and nobody has yet marked as read, newest first. */
  public List<Notice> unread(Caller caller) {
    Access.requireCaseworker(caller);
    List<Notice> notices =
        Sql.rows(
                em,
                "select n.id, n.person_id, p.given_name || ' ' || p.family_name, n.kind, n.message,"
                    + " n.created_at, n.created_by, n.from_agency, n.referral_id,"
                    + " n.access_request_id from notice n"
                    + " join person p on p.id = n.person_id where "
                    + FOR_CALLER
                    + " order by n.created_at desc limit "
                    + MAX_LISTED,
                caller.getAgency(),
                caller.getUsername(),
                caller.hasRole(Roles.TEAM_LEAD))
            .stream()
            .map(
                r ->
                    new Notice(
                        Sql.id(r[0]),
                        Sql.id(r[1]),
                        Sql.text(r[2]),
                        Sql.text(r[3]),
                        Sql.text(r[4]),
                        Sql.instant(r[5]),
                        Sql.text(r[6]),
                        Sql.text(r[7]),
                        Sql.nullableId(r[8]),
                        Sql.nullableId(r[9])))
            .toList();
    for (Notice notice : notices) {
      audit.record(caller, "NOTICE_LISTED", "person", notice.personId(), "notice " + notice.id());
    }
    return notices;
  }

  public void markRead(Caller caller, long noticeId) {
    Access.requireCaseworker(caller);
    int read =
        Sql.update(
            em,
            "update notice n set read_at = ?4, read_by = ?2 where n.id = ?5 and " + FOR_CALLER,
            caller.getAgency(),
            caller.getUsername(),
            caller.hasRole(Roles.TEAM_LEAD),
            clock.instant(),
            noticeId);
    if (read == 0) {
      throw new NotFound("There is no unread notice " + noticeId + " for your agency");
    }
  }
}
