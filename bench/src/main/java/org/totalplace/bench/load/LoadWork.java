package org.totalplace.bench.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.totalplace.bench.search.QuerySet;
import org.totalplace.bench.search.SearchQuery;
import org.totalplace.generator.population.Population;
import org.totalplace.generator.population.SyntheticPerson;

/**
 * What the load works on, drawn from the loaded place: people housing may see in full (an open
 * involvement or a basis to share) and may refer to drug and alcohol services (a basis to share
 * with them), each with a search for them as a worker would type it (one typo, with the date of
 * birth), the pathway plans whose steps the load marks (see {@link PathwayStarts}), and the drug
 * and alcohol service referrals go to.
 */
record LoadWork(List<SearchQuery> visits, List<Long> pathways, long service) {

  /** A basis to share that stands today: not withdrawn, not refused, not expired. */
  private static final String STANDING =
      "b.withdrawn_at is null and coalesce(b.consent, 'GIVEN') = 'GIVEN' and (b.expires_on is"
          + " null or b.expires_on >= current_date)";

  static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

  static LoadWork pick(Connection db, Population population, int people, long seed)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    // Spread over the whole place (every 97th person's neighbourhood), not the first ids only.
    try (PreparedStatement sql =
        db.prepareStatement(
            "select p.id from totalplace.person p where p.merged_into is null and p.id % 97 = ?"
                + " and (exists (select 1 from totalplace.involvement i where i.person_id = p.id"
                + " and i.agency = 'housing' and i.ended_on is null) or exists (select 1 from"
                + " totalplace.sharing_basis b where b.person_id = p.id and b.agency = 'housing'"
                + " and "
                + STANDING
                + ")) and exists (select 1 from totalplace.sharing_basis b where b.person_id ="
                + " p.id and b.agency = 'drug-alcohol' and "
                + STANDING
                + ") order by p.id limit ?")) {
      for (int remainder = 0; remainder < 97 && ids.size() < people; remainder++) {
        sql.setInt(1, remainder);
        sql.setInt(2, people - ids.size());
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getLong(1));
          }
        }
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException(
          "Nobody in this place has both a record housing may see and a basis to share with drug"
              + " and alcohol services");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<SearchQuery> visits = new ArrayList<>();
    for (long id : ids) {
      SyntheticPerson person = population.person(id);
      visits.add(QuerySet.NAME_AND_BIRTH.query(person, random));
    }
    return new LoadWork(visits, List.of(), drugAndAlcoholService(db));
  }

  /** Plans a worker leads that are under way with a step still open (from an earlier run). */
  static List<Long> openPlansLedBy(Connection db, String username, int most) throws SQLException {
    List<Long> plans = new ArrayList<>();
    try (PreparedStatement sql =
        db.prepareStatement(
            "select distinct p.id from totalplace.pathway p join totalplace.pathway_step s on"
                + " s.pathway_id = p.id where p.lead_username = ? and p.status = 'ACTIVE' and"
                + " s.status = 'OPEN' order by 1 limit ?")) {
      sql.setString(1, username);
      sql.setInt(2, most);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          plans.add(rows.getLong(1));
        }
      }
    }
    return plans;
  }

  /** The same work with the plans the load marks steps of. */
  LoadWork withPathways(List<Long> plans) {
    return new LoadWork(visits, List.copyOf(plans), service);
  }

  private static long drugAndAlcoholService(Connection db) throws SQLException {
    try (PreparedStatement sql =
            db.prepareStatement(
                "select min(id) from totalplace.service where agency_code = 'drug-alcohol'");
        ResultSet rows = sql.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** The feeders Gatling reads: visits.csv and pathways.csv in {@code dir}. */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>(List.of("person,typed,born,bornIso"));
    for (SearchQuery q : visits) {
      java.time.LocalDate born = ((java.sql.Date) q.values().get(2)).toLocalDate();
      lines.add(q.personId() + "," + q.typed() + "," + PAGE_DATE.format(born) + "," + born);
    }
    Files.write(dir.resolve("visits.csv"), lines);
    List<String> plans = new ArrayList<>(List.of("pathway"));
    pathways.forEach(p -> plans.add(p.toString()));
    if (pathways.isEmpty()) {
      plans.add("0");
    }
    Files.write(dir.resolve("pathways.csv"), plans);
  }

  static void writeSessions(Path file, List<String> cookies) throws IOException {
    List<String> lines = new ArrayList<>(List.of("cookie"));
    lines.addAll(cookies);
    Files.write(file, lines);
  }
}
