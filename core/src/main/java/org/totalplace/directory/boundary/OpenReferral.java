package org.totalplace.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.control.ImportedDirectory;
import org.totalplace.directory.control.ImportedService;
import org.totalplace.directory.control.OpenReferralReader;
import org.totalplace.directory.control.OpenReferralWriter;
import org.totalplace.directory.control.ServiceChanges;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.ImportSummary;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.control.FieldProblem;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.entity.Caller;

/**
 * Loads a directory in the Open Referral UK format into an agency's services, and writes the
 * place's services out in it. An import is all or nothing: every problem in the file is reported at
 * once and nothing is written until the whole file is fit; the same file again changes nothing.
 */
@Stateless
public class OpenReferral {

  private static final Logger LOG = Logger.getLogger(OpenReferral.class.getName());

  /** A directory of a few thousand services; anything bigger is not a directory file. */
  public static final int MAX_CHARS = 5_000_000;

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validator validator;
  @Inject Services services;

  Clock clock = Clock.systemUTC();

  /** Imports an admin's own agency's services from a file's text. */
  public ImportSummary importFile(Caller caller, String json) {
    Services.requireAdmin(caller);
    if (json == null || json.isBlank()) {
      throw InvalidInput.of("file", "Choose an Open Referral JSON file to import");
    }
    if (json.length() > MAX_CHARS) {
      throw InvalidInput.of("file", "The file is too large: import at most 5 MB at a time");
    }
    Agency us = em.find(Agency.class, caller.getAgency());
    ImportedDirectory read = OpenReferralReader.read(json, us, validator);
    if (!read.isImportable()) {
      throw new InvalidInput(read.problems());
    }
    List<FieldProblem> problems = new ArrayList<>();
    Map<ImportedService, Service> targets = new HashMap<>();
    ImportSummary summary = new ImportSummary();
    read.notes().forEach(summary::note);
    Set<String> ids = new HashSet<>();
    read.services().forEach(i -> ids.add(i.externalId()));
    for (ImportedService imported : read.services()) {
      Service target = existing(us, imported, ids, summary);
      String name = imported.form().getName().strip();
      boolean nameTaken =
          em
              .createNamedQuery("Service.byName", Service.class)
              .setParameter("agency", us.getCode())
              .setParameter("name", name.toLowerCase(Locale.UK))
              .getResultList()
              .stream()
              .anyMatch(s -> s != target && !ids.contains(s.getExternalId()));
      if (nameTaken) {
        problems.add(
            new FieldProblem(
                "services[" + imported.position() + "]",
                imported.label()
                    + ": another of your services is already called "
                    + name
                    + ". Rename one of them."));
      }
      targets.put(imported, target);
    }
    if (!problems.isEmpty()) {
      throw new InvalidInput(problems);
    }
    Instant now = clock.instant();
    Map<String, TaxonomyTerm> terms = new HashMap<>();
    for (ImportedService imported : read.services()) {
      Service target = targets.get(imported);
      if (target != null && !imported.externalId().equals(target.getExternalId())) {
        target.adopt(imported.externalId());
      }
      apply(caller, us, imported, target, terms, summary, now);
    }
    try {
      em.flush();
    } catch (PersistenceException e) {
      LOG.log(Level.WARNING, "An import by " + caller + " could not be saved", e);
      throw InvalidInput.of(
          "file",
          "The file could not be saved as it is (two services may clash). Nothing was imported.");
    }
    return summary;
  }

  private void apply(
      Caller caller,
      Agency us,
      ImportedService imported,
      Service target,
      Map<String, TaxonomyTerm> terms,
      ImportSummary summary,
      Instant now) {
    ServiceForm form = imported.form();
    Set<TaxonomyTerm> needs = new LinkedHashSet<>();
    for (ImportedService.Term term : imported.terms()) {
      needs.add(terms.computeIfAbsent(term.taxonomy() + "\n" + term.code(), k -> term(term)));
    }
    form.setNeeds(needs.stream().map(TaxonomyTerm::getCode).toList());
    if (form.getResponseWorkingHours() == null) {
      form.setResponseWorkingHours(
          target == null ? ServiceForm.DEFAULT_RESPONSE_HOURS : target.getResponseWorkingHours());
    }
    String name = form.getName().strip();
    if (target == null) {
      Service added =
          Service.added(us, imported.externalId(), Services.sensitivityOf(us.getCode()));
      added.describe(form, needs, caller.getUsername(), now);
      em.persist(added);
      em.flush();
      summary.added(name);
      audit.record(caller, "SERVICE_IMPORTED", "service", added.getId(), "added: " + name);
      return;
    }
    List<String> changes = ServiceChanges.between(target.toForm(), form);
    if (changes.isEmpty()) {
      summary.unchanged(name);
      return;
    }
    target.describe(form, needs, caller.getUsername(), now);
    summary.updated(name, changes);
    String all = String.join("; ", changes);
    audit.record(
        caller,
        "SERVICE_IMPORTED",
        "service",
        target.getId(),
        "updated: " + name,
        null,
        all.length() > 4000 ? all.substring(0, 3997) + "..." : all);
  }

  /** The service a file's entry is: the one with its id, else the one of the same name. */
  private Service existing(
      Agency us, ImportedService imported, Set<String> ids, ImportSummary summary) {
    List<Service> byId =
        em.createNamedQuery("Service.byExternalId", Service.class)
            .setParameter("agency", us.getCode())
            .setParameter("externalId", imported.externalId())
            .getResultList();
    if (!byId.isEmpty()) {
      return byId.get(0);
    }
    // A council's directory loaded for the first time: a service we already list is taken as it.
    String name = imported.form().getName().strip();
    List<Service> byName =
        em.createNamedQuery("Service.byName", Service.class)
            .setParameter("agency", us.getCode())
            .setParameter("name", name.toLowerCase(Locale.UK))
            .getResultList();
    if (byName.isEmpty() || ids.contains(byName.get(0).getExternalId())) {
      return null;
    }
    summary.note(
        imported.label()
            + " is taken to be your existing service of the same name; it now has the file's id.");
    return byName.get(0);
  }

  /** A term of the file: ours when the code or the name is ours, else a new one. */
  private TaxonomyTerm term(ImportedService.Term term) {
    List<TaxonomyTerm> known =
        em.createQuery(
                "select t from TaxonomyTerm t where t.code = :code or lower(t.name) = :name",
                TaxonomyTerm.class)
            .setParameter("code", term.code())
            .setParameter("name", term.name().strip().toLowerCase(Locale.UK))
            .getResultList();
    for (TaxonomyTerm t : known) {
      if (t.getCode().equals(term.code()) && t.getTaxonomy().equals(term.taxonomy())) {
        return t;
      }
    }
    for (TaxonomyTerm t : known) {
      if (t.getName().equalsIgnoreCase(term.name().strip())) {
        return t;
      }
    }
    // A code another taxonomy already uses is kept apart by the taxonomy's name.
    String code = known.isEmpty() ? term.code() : term.taxonomy() + ":" + term.code();
    TaxonomyTerm created =
        new TaxonomyTerm(
            cut(term.taxonomy(), 100),
            cut(code, 100),
            cut(term.name().strip(), 200),
            cut(term.description(), 500));
    em.persist(created);
    return created;
  }

  /** The services of one agency, or of the whole place for null, as Open Referral JSON. */
  public String export(Caller caller, String agency) {
    if (agency != null && em.find(Agency.class, agency) == null) {
      throw InvalidInput.of("agency", "There is no agency called " + agency);
    }
    List<Service> chosen = services.of(caller, agency);
    audit.record(
        caller, "SERVICES_EXPORTED", "agency", null, agency == null ? "whole place" : agency);
    return OpenReferralWriter.write(chosen);
  }

  private static String cut(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max);
  }
}
