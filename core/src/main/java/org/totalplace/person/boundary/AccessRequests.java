package org.totalplace.person.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.boundary.Directory;
import org.totalplace.person.entity.AccessRequest;
import org.totalplace.person.entity.Person;
import org.totalplace.platform.control.Access;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.control.SharingFacts;
import org.totalplace.sharing.entity.LawfulBasis;
import org.totalplace.sharing.entity.NewBasis;

/**
 * Asking for access and answering. A worker who sees only the "known to" card asks; every agency
 * working with the person is told; a team lead of one of them grants it (a public-task basis for
 * the asking agency, for {@value #GRANTED_DAYS} days, recorded as any basis is) or refuses it with
 * a reason. The asking worker is told either way and sees the answer on the record. Every step is
 * in the audit trail.
 */
@Stateless
public class AccessRequests {

  /** How long granted access lasts; asking again renews it. */
  static final int GRANTED_DAYS = 90;

  static final ZoneId UK = ZoneId.of("Europe/London");

  private static final String COLUMNS =
      "id, person_id, agency, asked_by_name, reason, asked_at, status, decided_by_name,"
          + " decided_agency, decided_at, decision_note, version";

  /**
   * The agencies working with a person (%1$s, merged records included) other than the asking one
   * (%2$s): those asked, and so those who can answer.
   */
  private static final String OTHER_AGENCIES =
      "select distinct i.agency from involvement i join person p on p.id = i.person_id where"
          + " i.ended_on is null and i.agency <> %2$s and (p.id = %1$s or p.merged_into = %1$s)";

  @PersistenceContext EntityManager em;
  @Inject Persons persons;
  @Inject Consents consents;
  @Inject AuditTrail audit;
  @Inject Directory directory;
  @Inject SharingFacts sharing;

  Clock clock = Clock.systemUTC();

  /** Asks every agency working with the person; answers how many were told. */
  public int ask(Caller caller, long personId, String reason) {
    Access.requireCaseworker(caller);
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidInput.of("reason", "Say why you need access, in up to 1000 characters");
    }
    Person person = persons.kept(personId);
    if (sharing.about(caller, person.getId()).isRecordOpen()) {
      throw new Conflict("Your agency can already see this record: there is nothing to ask");
    }
    Optional<AccessRequest> open = latest(caller, person.getId()).filter(AccessRequest::isPending);
    if (open.isPresent()) {
      throw new Conflict(
          "Your agency asked on "
              + open.get().askedAt().atZone(UK).toLocalDate()
              + " and the agencies working with this person have not answered yet");
    }
    long involved =
        ((Number)
                Sql.query(
                        em,
                        "select count(*) from (" + OTHER_AGENCIES.formatted("?1", "?2") + ") o",
                        person.getId(),
                        caller.getAgency())
                    .getSingleResult())
            .longValue();
    if (involved == 0) {
      throw new Conflict(
          "No other agency works with this person yet, so nobody can grant access. In an"
              + " emergency, break the glass.");
    }
    var now = clock.instant();
    long id =
        Sql.insert(
            em,
            "insert into access_request (person_id, agency, asked_by, asked_by_name, reason,"
                + " asked_at) values (?1, ?2, ?3, ?4, ?5, ?6)",
            person.getId(),
            caller.getAgency(),
            caller.getUsername(),
            caller.getDisplayName(),
            reason.strip(),
            now);
    int told =
        Sql.update(
            em,
            "insert into notice (agency, person_id, kind, message, created_at, created_by,"
                + " from_agency, access_request_id) select agency, ?1, 'ACCESS_REQUEST', ?2, ?3,"
                + " ?4, ?5, ?6 from ("
                + OTHER_AGENCIES.formatted("?1", "?5")
                + ") involved",
            person.getId(),
            caller.getDisplayName()
                + " of "
                + directory.agencyName(caller.getAgency())
                + " asks for access: "
                + reason.strip(),
            now,
            caller.getDisplayName(),
            caller.getAgency(),
            id);
    audit.record(
        caller, "ACCESS_REQUESTED", "person", person.getId(), reason.strip(), "known-to", null);
    return told;
  }

  /** Grants the request behind one of the caller's agency's notices. */
  public AccessRequest grant(Caller caller, long requestId) {
    AccessRequest request = decidable(caller, requestId);
    NewBasis basis = new NewBasis();
    basis.setAgencies(List.of(request.agency()));
    basis.setBasis(LawfulBasis.PUBLIC_TASK);
    basis.setPurpose(shorten("Access asked by " + request.askedByName() + ": " + request.reason()));
    LocalDate today = LocalDate.now(clock.withZone(UK));
    basis.setGivenOn(today);
    basis.setExpiresOn(today.plusDays(GRANTED_DAYS));
    consents.record(caller, request.personId(), basis);
    return decide(caller, request, "GRANTED", null);
  }

  /** Refuses the request, saying why; the asking worker is told the reason. */
  public AccessRequest refuse(Caller caller, long requestId, String why) {
    if (why == null || why.isBlank() || why.length() > 1000) {
      throw InvalidInput.of("why", "Say why access is refused, in up to 1000 characters");
    }
    return decide(caller, decidable(caller, requestId), "REFUSED", why.strip());
  }

  /** The caller's agency's newest request for this person, if it made one. */
  public Optional<AccessRequest> latest(Caller caller, long personId) {
    if (caller.getAgency() == null) {
      return Optional.empty();
    }
    return Sql.rows(
            em,
            "select "
                + COLUMNS
                + " from access_request where person_id = ?1 and agency = ?2 order by asked_at"
                + " desc, id desc limit 1",
            personId,
            caller.getAgency())
        .stream()
        .findFirst()
        .map(AccessRequests::request);
  }

  /** A pending request the caller may answer: a team lead of an agency it was sent to. */
  private AccessRequest decidable(Caller caller, long requestId) {
    // Team leads answer: agency admins keep the agency's settings and do not open records here.
    if (!caller.hasRole(Roles.TEAM_LEAD) || caller.getAgency() == null) {
      throw new NotAllowed("Only a team lead of an agency working with the person can answer");
    }
    List<Object[]> rows =
        Sql.rows(
            em,
            "select "
                + COLUMNS
                + " from access_request r where r.id = ?1 and exists (select 1 from notice n"
                + " where n.access_request_id = r.id and n.agency = ?2) for update",
            requestId,
            caller.getAgency());
    if (rows.isEmpty()) {
      throw new NotFound("There is no request for access " + requestId + " to your agency");
    }
    AccessRequest request = request(rows.get(0));
    if (!request.isPending()) {
      throw new Conflict(
          directory.agencyName(request.decidedAgency())
              + " has already "
              + (request.isGranted() ? "granted" : "refused")
              + " this request");
    }
    return request;
  }

  private AccessRequest decide(Caller caller, AccessRequest request, String status, String note) {
    var now = clock.instant();
    Sql.update(
        em,
        "update access_request set status = ?2, decided_by = ?3, decided_by_name = ?4,"
            + " decided_agency = ?5, decided_at = ?6, decision_note = ?7, version = version + 1"
            + " where id = ?1",
        request.id(),
        status,
        caller.getUsername(),
        caller.getDisplayName(),
        caller.getAgency(),
        now,
        note);
    // Answered for every agency that was asked; the asking worker is told in their inbox.
    Sql.update(
        em,
        "update notice set read_at = ?2, read_by = ?3 where access_request_id = ?1 and read_at is"
            + " null",
        request.id(),
        now,
        caller.getUsername());
    String agencyName = directory.agencyName(caller.getAgency());
    Sql.update(
        em,
        "insert into notice (agency, person_id, kind, message, created_at, created_by,"
            + " from_agency, to_username) select agency, person_id, 'ACCESS_REQUEST', ?2, ?3, ?4,"
            + " ?5, asked_by from access_request where id = ?1",
        request.id(),
        status.equals("GRANTED")
            ? agencyName + " granted your request for access, for " + GRANTED_DAYS + " days"
            : agencyName + " refused your request for access: " + note,
        now,
        caller.getDisplayName(),
        caller.getAgency());
    audit.record(
        caller,
        status.equals("GRANTED") ? "ACCESS_GRANTED" : "ACCESS_REFUSED",
        "person",
        request.personId(),
        "request " + request.id() + " of " + request.agency() + (note == null ? "" : ": " + note),
        "involved",
        null);
    return latestById(request.id());
  }

  private AccessRequest latestById(long id) {
    return request(
        Sql.rows(em, "select " + COLUMNS + " from access_request where id = ?1", id).get(0));
  }

  private static AccessRequest request(Object[] r) {
    return new AccessRequest(
        Sql.id(r[0]),
        Sql.id(r[1]),
        Sql.text(r[2]),
        Sql.text(r[3]),
        Sql.text(r[4]),
        Sql.instant(r[5]),
        Sql.text(r[6]),
        Sql.text(r[7]),
        Sql.text(r[8]),
        r[9] == null ? null : Sql.instant(r[9]),
        Sql.text(r[10]),
        ((Number) r[11]).intValue());
  }

  private static String shorten(String text) {
    return text.length() <= 200 ? text : text.substring(0, 199) + "…";
  }
}
