package org.totalplace.counts.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.counts.entity.WorkCounts;
import org.totalplace.platform.control.Sql;
import org.totalplace.platform.entity.Caller;
import org.totalplace.platform.entity.Roles;

/**
 * The counts of work waiting for one worker, for the navigation on every page and the tiles of My
 * work: one statement over a few dozen counter rows, whatever the size of the place.
 */
@Stateless
public class WorkCounting {

  @PersistenceContext EntityManager em;

  /**
   * One read statement is its own snapshot, so it needs no transaction of its own: from a page (no
   * transaction open) it runs without a begin and commit around it, in one inside an action.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public WorkCounts of(Caller caller) {
    if (!caller.worksWithPeople() || caller.getAgency() == null) {
      return WorkCounts.none();
    }
    List<Object[]> rows =
        Sql.rows(
            em,
            "select c.kind, c.username = '', c.n from work_count_now c where c.agency = ?1"
                + " and c.username in ('', ?2)",
            caller.getAgency(),
            caller.getUsername());
    Map<String, Long> team = new HashMap<>();
    Map<String, Long> own = new HashMap<>();
    for (Object[] row : rows) {
      (Boolean.TRUE.equals(row[1]) ? team : own)
          .merge((String) row[0], ((Number) row[2]).longValue(), Long::sum);
    }
    boolean lead = caller.hasRole(Roles.TEAM_LEAD);
    return new WorkCounts(
        own.getOrDefault("MINE", 0L),
        team.getOrDefault("UNASSIGNED", 0L),
        team.getOrDefault("WAITING", 0L) + own.getOrDefault("WAITING", 0L),
        team.getOrDefault("OVERDUE", 0L),
        team.getOrDefault("STEPS", 0L),
        team.getOrDefault("UNREAD", 0L)
            + own.getOrDefault("UNREAD", 0L)
            + (lead
                ? team.getOrDefault("UNREAD_LEADS", 0L) + own.getOrDefault("UNREAD_LEADS", 0L)
                : 0));
  }
}
