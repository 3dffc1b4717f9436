package org.totalplace.directory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.totalplace.directory.entity.Agency;
import org.totalplace.directory.entity.Service;
import org.totalplace.directory.entity.ServiceForm;
import org.totalplace.directory.entity.TaxonomyTerm;
import org.totalplace.platform.control.DatabaseMigration;
import org.totalplace.sharing.entity.Sensitivity;

/** The directory's search SQL and its mappings, on a real PostgreSQL with the seeded services. */
class ServiceSearchIT {

  static EmbeddedPostgres postgres;
  static Connection db;
  static EntityManagerFactory jpa;

  @BeforeAll
  static void migrate() throws Exception {
    postgres = EmbeddedPostgres.start();
    DatabaseMigration.flyway(postgres.getPostgresDatabase()).migrate();
    db =
        DriverManager.getConnection(
            postgres.getJdbcUrl("postgres", "postgres") + "&currentSchema=totalplace");
    jpa =
        Persistence.createEntityManagerFactory(
            "totalplace",
            Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "jakarta.persistence.jdbc.user", "postgres",
                "eclipselink.logging.level", "WARNING"));
  }

  @AfterAll
  static void stop() throws Exception {
    jpa.close();
    db.close();
    postgres.close();
  }

  /** The names of the services found, in the order found. */
  static List<String> found(ServiceSearch search) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (PreparedStatement st = db.prepareStatement(search.sql().replaceAll("\\?\\d+", "?"))) {
      Object[] params = search.params();
      for (int i = 0; i < params.length; i++) {
        st.setObject(i + 1, params[i]);
      }
      try (var rows = st.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getLong(1));
        }
      }
    }
    List<String> names = new ArrayList<>();
    for (long id : ids) {
      try (var st = db.prepareStatement("select name from service where id = ?")) {
        st.setLong(1, id);
        try (var rows = st.executeQuery()) {
          rows.next();
          names.add(rows.getString(1));
        }
      }
    }
    return names;
  }

  @Test
  void aNeedFindsTheServicesTaggedWithIt() throws SQLException {
    assertThat(found(new ServiceSearch().need("mental-health")))
        .containsExactly("Community mental health");
    assertThat(found(new ServiceSearch().need("debt")))
        .containsExactlyInAnyOrder("Housing options and homelessness", "Advice and befriending");
    assertThat(found(new ServiceSearch().need("no-such-need"))).isEmpty();
  }

  @Test
  void aPostcodeDistrictFindsServicesCoveringItOrTheWholePlace() throws SQLException {
    // Advice and befriending covers LS9 to LS12; community mental health LS1 to LS11 (not LS10).
    assertThat(found(new ServiceSearch().need("debt").district("LS10")))
        .containsExactlyInAnyOrder("Housing options and homelessness", "Advice and befriending");
    assertThat(found(new ServiceSearch().need("debt").district("LS1")))
        .containsExactly("Housing options and homelessness");
    assertThat(found(new ServiceSearch().need("mental-health").district("LS10"))).isEmpty();
    assertThat(found(new ServiceSearch().need("mental-health").district("LS11")))
        .containsExactly("Community mental health");
    assertThat(found(new ServiceSearch().district("LS1"))).hasSize(8);
  }

  @Test
  void availabilityLeavesOutClosedAndFullServicesAndListsThemLastOtherwise() throws SQLException {
    exec(
        "update service set accepting_referrals = false where name = 'Housing options and homelessness'");
    exec("update service set capacity = 0 where name = 'Advice and befriending'");
    try {
      assertThat(found(new ServiceSearch().need("debt").availableOnly())).isEmpty();
      assertThat(found(new ServiceSearch().need("benefits").availableOnly()))
          .containsExactly("Benefits and work support");
      assertThat(found(new ServiceSearch().need("benefits")))
          .containsExactly("Benefits and work support", "Advice and befriending");
    } finally {
      exec(
          "update service set accepting_referrals = true where name = 'Housing options and homelessness'");
      exec("update service set capacity = 12 where name = 'Advice and befriending'");
    }
  }

  @Test
  void aWorkerIsNotOfferedTheirOwnAgencysServices() throws SQLException {
    assertThat(found(new ServiceSearch().need("accommodation").outside("housing")))
        .containsExactly("Probation supervision");
  }

  @Test
  void theEntityReadsTheDirectory() {
    EntityManager em = jpa.createEntityManager();
    Service mental = named(em, "Community mental health");
    assertThat(mental.getDistricts())
        .containsExactly("LS1", "LS2", "LS6", "LS7", "LS8", "LS9", "LS11");
    assertThat(mental.getNeeds())
        .extracting(TaxonomyTerm::getCode)
        .containsExactly("mental-health");
    assertThat(mental.getLocations()).extracting(l -> l.getPostcode()).containsExactly("LS9 7DS");
    assertThat(mental.getWaitingWeeks()).isEqualTo(6);
    assertThat(mental.getExternalId()).hasSize(36);
    assertThat(mental.getContactPhone()).isEqualTo("0113 000 1004");
    em.close();
  }

  @Test
  void anEditRaisesTheVersionAndAnEditOnAStaleCopyFailsAtCommit() {
    EntityManager em = jpa.createEntityManager();
    em.getTransaction().begin();
    Service added = Service.added(em.find(Agency.class, "voluntary"), null, Sensitivity.GENERAL);
    ServiceForm form = new ServiceForm();
    form.setName("Food bank");
    form.setDescription("Food parcels");
    form.setAreas("LS9");
    added.describe(form, Set.of(term(em, "care-support")), "admin", Instant.now());
    em.persist(added);
    em.getTransaction().commit();
    long id = added.getId();
    em.clear();

    EntityManager other = jpa.createEntityManager();
    Service stale = other.find(Service.class, id);

    em.getTransaction().begin();
    Service mine = em.find(Service.class, id);
    ServiceForm edit = mine.toForm();
    edit.setWaitingWeeks(8);
    edit.setAreas("LS1 LS2");
    mine.describe(edit, Set.of(term(em, "debt")), "admin", Instant.now());
    em.getTransaction().commit();
    em.clear();
    Service changed = em.find(Service.class, id);
    assertThat(changed.getVersion()).isEqualTo(stale.getVersion() + 1);
    assertThat(changed.getDistricts()).containsExactly("LS1", "LS2");
    assertThat(changed.getNeeds()).extracting(TaxonomyTerm::getCode).containsExactly("debt");
    assertThat(changed.getWaitingWeeks()).isEqualTo(8);

    other.getTransaction().begin();
    stale.accepting(false, "someone", Instant.now());
    assertThatThrownBy(() -> other.getTransaction().commit()).isInstanceOf(RollbackException.class);
    em.clear();
    assertThat(em.find(Service.class, id).isAcceptingReferrals()).isTrue();
    em.getTransaction().begin();
    em.remove(em.find(Service.class, id));
    em.getTransaction().commit();
    em.close();
    other.close();
  }

  static Service named(EntityManager em, String name) {
    return em.createNamedQuery("Service.all", Service.class).getResultList().stream()
        .filter(s -> s.getName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  static TaxonomyTerm term(EntityManager em, String code) {
    return em.createNamedQuery("TaxonomyTerm.all", TaxonomyTerm.class).getResultList().stream()
        .filter(t -> t.getCode().equals(code))
        .findFirst()
        .orElseThrow();
  }

  static void exec(String sql) throws SQLException {
    try (var st = db.createStatement()) {
      st.executeUpdate(sql);
    }
  }
}
