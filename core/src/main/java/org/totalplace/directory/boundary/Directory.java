package org.totalplace.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;

/**
 * The agencies and services of the place. Agency names are held in memory: they change only with a
 * migration for now, and every request needs them to know the caller's agency.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Directory {

  private static final Logger LOG = Logger.getLogger(Directory.class.getName());

  @PersistenceContext EntityManager em;

  private volatile Map<String, String> agencyNames = Map.of();

  @PostConstruct
  void load() {
    Map<String, String> names = new LinkedHashMap<>();
    for (Agency agency : em.createNamedQuery("Agency.all", Agency.class).getResultList()) {
      names.put(agency.getCode(), agency.getName());
    }
    agencyNames = java.util.Collections.unmodifiableMap(names);
  }

  /**
   * The caller's agency: the one realm group that names an agency of the place. Someone in two
   * agencies is treated as in none, so a misconfigured account cannot act for the wrong one.
   */
  public Optional<String> agencyAmong(Collection<String> groups) {
    List<String> agencies = groups.stream().filter(agencyNames::containsKey).toList();
    if (agencies.size() > 1) {
      LOG.warning(() -> "A caller belongs to several agencies " + agencies + ": treated as none");
    }
    return agencies.size() == 1 ? Optional.of(agencies.get(0)) : Optional.empty();
  }

  /** Every agency of the place, code to name, in the order they were set up. */
  public Map<String, String> agencies() {
    return agencyNames;
  }

  public String agencyName(String code) {
    return agencyNames.getOrDefault(code, code);
  }

  public List<Service> services() {
    return em.createNamedQuery("Service.all", Service.class).getResultList();
  }

  /** Services a worker of this agency can refer to: everyone else's. */
  public List<Service> servicesOutside(String agencyCode) {
    return services().stream().filter(s -> !s.getAgency().getCode().equals(agencyCode)).toList();
  }
}
