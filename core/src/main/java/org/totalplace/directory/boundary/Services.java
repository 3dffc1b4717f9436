package org.totalplace.directory.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.totalplace.audit.control.AuditTrail;
import org.totalplace.directory.control.ServiceChanges;
import org.totalplace.directory.control.ServiceSearch;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Districts;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.ServiceQuery;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.control.Conflict;
import org.totalplace.platform.control.InvalidInput;
import org.totalplace.platform.control.NotAllowed;
import org.totalplace.platform.control.NotFound;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.control.Validation;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;
import org.totalplace.sharing.entity.Sensitivity;

/**
 * The service directory: everyone with a job in the place finds services by need, area and
 * availability; an agency admin keeps their own agency's services up to date. An edit made on a
 * stale copy is refused, never applied over someone else's.
 */
@Stateless
public class Services {

  /** What it says about a person that they were referred to an agency's new service. */
  private static final Map<String, Sensitivity> SENSITIVITY_OF_AGENCY =
      Map.of(
          "probation", Sensitivity.CRIMINAL_JUSTICE,
          "police", Sensitivity.CRIMINAL_JUSTICE,
          "health", Sensitivity.HEALTH,
          "drug-alcohol", Sensitivity.SUBSTANCE_MISUSE,
          "childrens-services", Sensitivity.SAFEGUARDING);

  @PersistenceContext EntityManager em;
  @Inject AuditTrail audit;
  @Inject Validation validation;

  Clock clock = Clock.systemUTC();

  public List<Service> search(Caller caller, ServiceQuery query) {
    requireJob(caller);
    ServiceSearch search = new ServiceSearch();
    if (query.getNeed() != null && !query.getNeed().isBlank()) {
      search.need(query.getNeed().strip());
    }
    if (query.getPostcode() != null && !query.getPostcode().isBlank()) {
      String district = Districts.of(query.getPostcode());
      if (district == null) {
        throw InvalidInput.of(
            "postcode", "Enter a postcode like LS11 5QP, or a postcode district like LS11");
      }
      search.district(district);
    }
    if (query.isAvailableOnly()) {
      search.availableOnly();
    }
    if (query.isOutsideOwnAgency() && caller.getAgency() != null) {
      search.outside(caller.getAgency());
    }
    // Rows of a one-column native query arrive as the value itself, not as an array.
    List<?> rows = Sql.query(em, search.sql(), search.params()).getResultList();
    return inOrder(rows.stream().map(Sql::id).toList());
  }

  private List<Service> inOrder(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Service> found =
        em
            .createNamedQuery("Service.byIds", Service.class)
            .setParameter("ids", ids)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(Service::getId, Function.identity()));
    return ids.stream().map(found::get).toList();
  }

  public Service find(Caller caller, long id) {
    requireJob(caller);
    return service(id);
  }

  /** The needs services can be found by, by name. */
  public List<TaxonomyTerm> needs(Caller caller) {
    requireJob(caller);
    return em.createNamedQuery("TaxonomyTerm.all", TaxonomyTerm.class).getResultList();
  }

  /** An agency's services, by name; all of the place's for null. */
  public List<Service> of(Caller caller, String agency) {
    requireJob(caller);
    if (agency == null) {
      return em.createNamedQuery("Service.all", Service.class).getResultList();
    }
    return em.createNamedQuery("Service.ofAgency", Service.class)
        .setParameter("agency", agency)
        .getResultList();
  }

  public Service add(Caller caller, ServiceForm form) {
    requireAdmin(caller);
    Agency agency = em.find(Agency.class, caller.getAgency());
    Set<TaxonomyTerm> terms = check(form);
    requireFreeName(agency.getCode(), form.getName(), null);
    Sensitivity sensitivity =
        form.getSensitivity() != null ? form.getSensitivity() : sensitivityOf(agency.getCode());
    Service service = Service.added(agency, null, sensitivity);
    service.describe(form, terms, caller.getUsername(), clock.instant());
    em.persist(service);
    em.flush();
    audit.record(caller, "SERVICE_ADDED", "service", service.getId(), service.getName());
    return service;
  }

  public Service edit(Caller caller, long id, ServiceForm form) {
    Service service = own(caller, id, form.getVersion());
    Set<TaxonomyTerm> terms = check(form);
    requireFreeName(service.getAgency().getCode(), form.getName(), service.getId());
    List<String> changes = ServiceChanges.between(service.toForm(), form);
    if (changes.isEmpty()) {
      return service;
    }
    service.describe(form, terms, caller.getUsername(), clock.instant());
    flush();
    audit.record(
        caller,
        "SERVICE_CHANGED",
        "service",
        id,
        service.getName(),
        null,
        cut(String.join("; ", changes)));
    return service;
  }

  /** Opens the service to new referrals, or closes it; referrals under way carry on. */
  public Service accepting(Caller caller, long id, boolean accepting, Integer expectedVersion) {
    Service service = own(caller, id, expectedVersion);
    if (service.isAcceptingReferrals() == accepting) {
      return service;
    }
    service.accepting(accepting, caller.getUsername(), clock.instant());
    flush();
    audit.record(
        caller,
        accepting ? "SERVICE_OPENED" : "SERVICE_CLOSED",
        "service",
        id,
        service.getName(),
        null,
        "Taking referrals: " + (accepting ? "no -> yes" : "yes -> no"));
    return service;
  }

  /** The needs of a form, checked with the rest of it; every problem is told at once. */
  Set<TaxonomyTerm> check(ServiceForm form) {
    validation.check(form);
    List<String> unknown = Districts.parse(form.getAreas()).unknown();
    if (!unknown.isEmpty()) {
      throw InvalidInput.of(
          "areas",
          "These are not postcode districts: "
              + String.join(", ", unknown)
              + ". List districts like LS1, LS11, or leave it empty for the whole place.");
    }
    Set<TaxonomyTerm> terms = new LinkedHashSet<>();
    Map<String, TaxonomyTerm> byCode =
        em.createNamedQuery("TaxonomyTerm.all", TaxonomyTerm.class).getResultList().stream()
            .collect(Collectors.toMap(TaxonomyTerm::getCode, Function.identity()));
    for (String code : form.getNeeds()) {
      TaxonomyTerm term = byCode.get(code);
      if (term == null) {
        throw InvalidInput.of("needs", "There is no need called " + code);
      }
      terms.add(term);
    }
    return terms;
  }

  void requireFreeName(String agency, String name, Long except) {
    boolean taken =
        em
            .createNamedQuery("Service.byName", Service.class)
            .setParameter("agency", agency)
            .setParameter("name", name.strip().toLowerCase(java.util.Locale.UK))
            .getResultList()
            .stream()
            .anyMatch(s -> !s.getId().equals(except));
    if (taken) {
      throw InvalidInput.of("name", "Your agency already has a service called " + name.strip());
    }
  }

  private Service own(Caller caller, long id, Integer expectedVersion) {
    requireAdmin(caller);
    Service service = service(id);
    if (!caller.belongsTo(service.getAgency().getCode())) {
      throw new NotAllowed(
          "Only an admin of " + service.getAgency().getName() + " can change this service");
    }
    if (expectedVersion != null && expectedVersion != service.getVersion()) {
      throw stale();
    }
    return service;
  }

  private void flush() {
    try {
      em.flush();
    } catch (OptimisticLockException e) {
      throw stale();
    }
  }

  private static Conflict stale() {
    return Conflict.staleVersion(
        "Someone else changed this service since you opened it. Your change was not saved:"
            + " open the service again to see theirs, then make yours.");
  }

  private Service service(long id) {
    Service service = em.find(Service.class, id);
    if (service == null) {
      throw new NotFound("There is no service with id " + id);
    }
    return service;
  }

  static Sensitivity sensitivityOf(String agency) {
    return SENSITIVITY_OF_AGENCY.getOrDefault(agency, Sensitivity.GENERAL);
  }

  private static String cut(String text) {
    return text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
  }

  private static void requireJob(Caller caller) {
    if (caller.getRoles().isEmpty()) {
      throw new NotAllowed("Only people with a job in the place can use the service directory");
    }
  }

  static void requireAdmin(Caller caller) {
    if (!caller.hasRole(Roles.AGENCY_ADMIN) || caller.getAgency() == null) {
      throw new NotAllowed("Only an agency admin can change the service directory");
    }
  }
}
