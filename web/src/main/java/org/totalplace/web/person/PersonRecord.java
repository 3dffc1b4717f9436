package org.totalplace.web.person;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.Serializable;
import java.util.List;
import org.totalplace.directory.entity.Service;
import org.totalplace.pathway.entity.Pathway;
import org.totalplace.person.boundary.AccessRequests;
import org.totalplace.person.boundary.Contributions;
import org.totalplace.person.entity.AccessRequest;
import org.totalplace.person.entity.EntryKind;
import org.totalplace.person.entity.IdentifierScheme;
import org.totalplace.person.entity.NewEntry;
import org.totalplace.person.entity.RelationshipKind;
import org.totalplace.person.entity.Rows;
import org.totalplace.person.entity.SharedRecord;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.entity.Caller;
import org.totalplace.referral.boundary.RecordPage;
import org.totalplace.referral.boundary.Referrals;
import org.totalplace.referral.entity.NewReferral;
import org.totalplace.referral.entity.OpenedRecord;
import org.totalplace.referral.entity.Referral;
import org.totalplace.referral.entity.Urgency;
import org.totalplace.sharing.boundary.BreakGlasses;
import org.totalplace.sharing.boundary.Consents;
import org.totalplace.sharing.entity.Sensitivity;
import org.totalplace.web.platform.Pages;

/**
 * One person's shared record, as the worker's agency may see it: the whole record with what each
 * agency recorded (category by category as agreed), or the "known to" card with the ways in.
 */
@Named
@ViewScoped
public class PersonRecord implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Contributions contributions;
  @Inject AccessRequests accessRequests;
  @Inject Consents consents;
  @Inject BreakGlasses glass;
  @Inject Referrals referrals;
  @Inject RecordPage recordPage;
  @Inject Caller me;

  /** As typed in the address bar: checked in load(), so a bad one is a 404, not an empty page. */
  private String id;

  private long personId;
  private SharedRecord record;
  private List<Referral> referralsAbout;
  private List<Pathway> pathways;
  private List<Service> services;
  private NewReferral referral = new NewReferral();
  private NewEntry entry = new NewEntry();
  private IdentifierScheme scheme;
  private String identifier;
  private RelationshipKind relationship;
  private Long relatedId;
  private String leadWorker;
  private String reason;
  private String glassReason;
  private AccessRequest accessRequest;
  private boolean accessRequestRead;
  private String agencyFilter;
  private EntryKind kindFilter;

  public void load() {
    Long chosen = Pages.idFrom(id);
    if (chosen == null) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, "No person was chosen");
      return;
    }
    personId = chosen;
    try {
      refresh();
      leadWorker = me.getDisplayName();
    } catch (NotFound e) {
      Pages.sendError(HttpServletResponse.SC_NOT_FOUND, e.getMessage());
    } catch (NotAllowed e) {
      Pages.sendError(HttpServletResponse.SC_FORBIDDEN, e.getMessage());
    }
  }

  private void refresh() {
    accessRequestRead = false;
    OpenedRecord opened = recordPage.open(me, personId);
    record = opened.record();
    personId = record.getId();
    referralsAbout = opened.referrals();
    pathways = opened.pathways();
    services = opened.services();
    referral.setPersonId(personId);
  }

  public String refer() {
    try {
      Referral sent = referrals.send(me, referral);
      Pages.done("Referral sent to " + sent.getService().getName());
      return "/referral.xhtml?faces-redirect=true&id=" + sent.getId();
    } catch (InvalidInput problems) {
      Pages.show("refer", problems);
      return null;
    }
  }

  public void addEntry() {
    act(
        "entry",
        () -> contributions.addEntry(me, personId, entry),
        "Entry added to the chronology");
    if (!Pages.failed()) {
      entry = new NewEntry();
    }
  }

  public void addIdentifier() {
    act(
        "identifier",
        () -> contributions.addIdentifier(me, personId, scheme, identifier),
        "Identifier added");
    if (!Pages.failed()) {
      identifier = null;
    }
  }

  public void relate() {
    act(
        "relate",
        () -> contributions.relate(me, personId, relationship, relatedId),
        "Relationship recorded");
  }

  public void involve() {
    act(
        "involve",
        () -> contributions.involve(me, personId, leadWorker),
        "Your agency is recorded as working with this person");
  }

  public void requestAccess() {
    act(
        "access",
        () -> accessRequests.ask(me, personId, reason),
        "Your request was sent to the agencies working with this person");
  }

  public void breakGlass() {
    act(
        "glass",
        () -> glass.breakGlass(me, personId, glassReason),
        "Emergency access given for 4 hours. The data-protection officer will review it.");
  }

  public void withdraw(long basisId, int version) {
    act(
        "consents",
        () -> consents.withdraw(me, basisId, version),
        "Withdrawn: it no longer applies");
  }

  private void act(String form, Runnable action, String done) {
    try {
      action.run();
      refresh();
      Pages.done(done);
    } catch (InvalidInput problems) {
      Pages.show(form, problems);
    } catch (Conflict | NotAllowed | NotFound e) {
      // A missing record here is the one typed in the form (a relationship), not this page's.
      Pages.error(e.getMessage());
      refresh();
    }
  }

  /** The chronology as filtered on the page; the record holds only what the viewer may see. */
  public List<Rows.Entry> getChronology() {
    return record.getChronology().stream()
        .filter(
            e -> agencyFilter == null || agencyFilter.isEmpty() || agencyFilter.equals(e.agency()))
        .filter(e -> kindFilter == null || kindFilter == e.kind())
        .toList();
  }

  /** The agencies that appear in the chronology, to filter by. */
  public List<String> getChronologyAgencies() {
    return record.getChronology().stream().map(Rows.Entry::agency).distinct().sorted().toList();
  }

  public void filter() {
    // The filters are bound to the fields; the page re-renders the list.
  }

  public boolean isOwnAgency(String agency) {
    return me.belongsTo(agency);
  }

  public Urgency[] getUrgencies() {
    return Urgency.values();
  }

  public EntryKind[] getEntryKinds() {
    return java.util.Arrays.stream(EntryKind.values())
        .filter(EntryKind::isWritten)
        .toArray(EntryKind[]::new);
  }

  public EntryKind[] getAllEntryKinds() {
    return EntryKind.values();
  }

  public Sensitivity[] getSensitivities() {
    return Sensitivity.values();
  }

  public IdentifierScheme[] getSchemes() {
    return IdentifierScheme.values();
  }

  public RelationshipKind[] getRelationshipKinds() {
    return RelationshipKind.values();
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public SharedRecord getRecord() {
    return record;
  }

  /** The person's pathways the caller's agency takes part in, read with the record. */
  public List<Pathway> getPathways() {
    return pathways;
  }

  public List<Referral> getReferralsAbout() {
    return referralsAbout;
  }

  public List<Service> getServices() {
    return services;
  }

  public NewReferral getReferral() {
    return referral;
  }

  public NewEntry getEntry() {
    return entry;
  }

  public IdentifierScheme getScheme() {
    return scheme;
  }

  public void setScheme(IdentifierScheme scheme) {
    this.scheme = scheme;
  }

  public String getIdentifier() {
    return identifier;
  }

  public void setIdentifier(String identifier) {
    this.identifier = identifier;
  }

  public RelationshipKind getRelationship() {
    return relationship;
  }

  public void setRelationship(RelationshipKind relationship) {
    this.relationship = relationship;
  }

  public Long getRelatedId() {
    return relatedId;
  }

  public void setRelatedId(Long relatedId) {
    this.relatedId = relatedId;
  }

  public String getLeadWorker() {
    return leadWorker;
  }

  public void setLeadWorker(String leadWorker) {
    this.leadWorker = leadWorker;
  }

  public String getReason() {
    return reason;
  }

  public String getGlassReason() {
    return glassReason;
  }

  public void setGlassReason(String glassReason) {
    this.glassReason = glassReason;
  }

  /** The agencies a request for access goes to, by name. */
  public List<String> getInvolvedAgencyNames() {
    return record == null
        ? List.of()
        : record.getInvolvements().stream().map(i -> i.agencyName()).distinct().toList();
  }

  /** Our agency's newest request for access to this record, answered or not; null if none. */
  public AccessRequest getAccessRequest() {
    if (!accessRequestRead && personId != 0) {
      accessRequest = accessRequests.latest(me, personId).orElse(null);
      accessRequestRead = true;
    }
    return accessRequest;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getAgencyFilter() {
    return agencyFilter;
  }

  public void setAgencyFilter(String agencyFilter) {
    this.agencyFilter = agencyFilter;
  }

  public EntryKind getKindFilter() {
    return kindFilter;
  }

  public void setKindFilter(EntryKind kindFilter) {
    this.kindFilter = kindFilter;
  }
}
