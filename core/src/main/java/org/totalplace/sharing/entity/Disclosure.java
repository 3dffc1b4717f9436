package org.totalplace.sharing.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.totalplace.platform.entity.Words;

/**
 * What one agency (and, after breaking the glass, one worker) may see of one person's record. This
 * is the only place the sharing rules are written down; pages, API, search, exports and the
 * chronology all ask it.
 *
 * <ul>
 *   <li>The record itself (beyond the "known to" card) is open to an agency that is involved with
 *       the person, that holds an active lawful basis or consent for them, or to a worker who broke
 *       the glass.
 *   <li>An agency always sees what it recorded itself.
 *   <li>It sees what another agency recorded in a category only under a sharing agreement in force
 *       from that agency to it for that category; an agreement made on consent needs the person's
 *       consent to the viewing agency, any other basis needs the record to be open to it.
 *   <li>Breaking the glass opens everything, for a limited time, and is reviewed.
 * </ul>
 */
public final class Disclosure implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How much of the record the viewer may see. */
  public enum Level {
    /** The record, category by category as agreed. */
    RECORD,
    /** Only the name, year of birth and the agencies involved. */
    KNOWN_TO
  }

  private final String agency;
  private final boolean involved;
  private final List<SharingBasis> bases;
  private final BreakGlass glass;
  private final Map<String, Set<Sensitivity>> sharedFrom;

  private Disclosure(
      String agency,
      boolean involved,
      List<SharingBasis> bases,
      BreakGlass glass,
      Map<String, Set<Sensitivity>> sharedFrom) {
    this.agency = agency;
    this.involved = involved;
    this.bases = List.copyOf(bases);
    this.glass = glass;
    this.sharedFrom = sharedFrom;
  }

  /**
   * Decides, from the facts about one person: whether the viewer's agency is involved, the bases
   * recorded for it, the viewer's own break-glass (if any), and the agreements to the viewer's
   * agency.
   */
  public static Disclosure decide(
      String agency,
      boolean involved,
      List<SharingBasis> basesForAgency,
      List<BreakGlass> glassOfViewer,
      List<SharingAgreement> agreementsToAgency,
      Instant now,
      LocalDate today) {
    List<SharingBasis> active =
        basesForAgency.stream()
            .filter(b -> b.agency().equals(agency) && b.isActiveOn(today))
            .toList();
    BreakGlass glass =
        glassOfViewer.stream().filter(g -> g.isActiveAt(now)).findFirst().orElse(null);
    boolean open = involved || !active.isEmpty();
    boolean consented = active.stream().anyMatch(b -> b.basis() == LawfulBasis.CONSENT);
    Map<String, Set<Sensitivity>> shared = new HashMap<>();
    for (SharingAgreement agreement : agreementsToAgency) {
      // Broken glass stands in for the missing consent or basis, never for a missing agreement:
      // a category no agreement would ever open to this agency (police intelligence for housing)
      // stays closed, and the officer opens one only by recording an agreement for it.
      boolean applies =
          agreement.toAgency().equals(agency)
              && agreement.isInForceOn(today)
              && (glass != null
                  || (agreement.lawfulBasis() == LawfulBasis.CONSENT ? consented : open));
      if (applies) {
        shared
            .computeIfAbsent(agreement.fromAgency(), a -> EnumSet.noneOf(Sensitivity.class))
            .add(agreement.sensitivity());
      }
    }
    return new Disclosure(agency, involved, active, glass, shared);
  }

  /** Everything held, as for a subject access request; never used for casework. */
  public static Disclosure everything(String agency) {
    BreakGlass all =
        new BreakGlass(
            0,
            0,
            "subject access",
            agency,
            "subject access request",
            Instant.MIN,
            Instant.MAX,
            null,
            null,
            null,
            null,
            0);
    return new Disclosure(agency == null ? "" : agency, false, List.of(), all, Map.of());
  }

  public Level getLevel() {
    return involved || !bases.isEmpty() || glass != null ? Level.RECORD : Level.KNOWN_TO;
  }

  public boolean isRecordOpen() {
    return getLevel() == Level.RECORD;
  }

  /** Whether the viewer may see something the given agency recorded in the given category. */
  public boolean maySee(String recordedBy, Sensitivity sensitivity) {
    if (!isRecordOpen()) {
      return false;
    }
    if (isEverything() || agency.equals(recordedBy)) {
      return true;
    }
    return sharedFrom.getOrDefault(recordedBy, Set.of()).contains(sensitivity);
  }

  /** The (agency, category) pairs shared with the viewer, for filtering in SQL. */
  public List<String> sharedPairs() {
    List<String> pairs = new ArrayList<>();
    sharedFrom.forEach((from, kinds) -> kinds.forEach(kind -> pairs.add(from + ":" + kind)));
    return pairs;
  }

  /** For a subject access request: everything held, nothing left out. */
  public boolean isEverything() {
    return glass != null && glass.id() == 0;
  }

  public boolean isBrokenGlass() {
    return glass != null;
  }

  public BreakGlass getGlass() {
    return glass;
  }

  public boolean isInvolved() {
    return involved;
  }

  public List<SharingBasis> getBases() {
    return bases;
  }

  public String getAgency() {
    return agency;
  }

  /** In plain words, on what basis the viewer is seeing this record; also written to the audit. */
  public String describe() {
    if (isEverything()) {
      return "Subject access request: everything held";
    }
    if (glass != null) {
      return "Emergency access (break-glass) until " + Words.moment(glass.endsAt());
    }
    List<String> reasons = new ArrayList<>();
    if (involved) {
      reasons.add("your agency is working with this person");
    }
    bases.forEach(b -> reasons.add(b.describe()));
    if (reasons.isEmpty()) {
      return "Known-to view only: no involvement or sharing basis";
    }
    String text = String.join("; ", reasons);
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
