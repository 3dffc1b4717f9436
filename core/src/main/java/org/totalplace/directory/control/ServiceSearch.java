package org.totalplace.directory.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that finds services for a worker: by a need, by an area (a postcode district the service
 * covers, or a service for the whole place), and whether it takes referrals now. Only the
 * conditions asked for are in the statement, so PostgreSQL never has to type an unused null.
 */
public final class ServiceSearch {

  private final StringBuilder where = new StringBuilder("where true");
  private final List<Object> params = new ArrayList<>();

  /** Services that meet this need (a taxonomy term code). */
  public ServiceSearch need(String code) {
    params.add(code);
    where
        .append(" and exists (select 1 from service_taxonomy st join taxonomy_term t")
        .append(" on t.id = st.term_id where st.service_id = s.id and t.code = ?")
        .append(params.size())
        .append(')');
    return this;
  }

  /** Services covering this postcode district, or the whole place (no districts listed). */
  public ServiceSearch district(String district) {
    params.add(district);
    where
        .append(" and (not exists (select 1 from service_area a where a.service_id = s.id)")
        .append(" or exists (select 1 from service_area a where a.service_id = s.id")
        .append(" and a.postcode_district = ?")
        .append(params.size())
        .append("))");
    return this;
  }

  /** Open to referrals, and not known to be full. */
  public ServiceSearch availableOnly() {
    where.append(" and s.accepting_referrals and (s.capacity is null or s.capacity > 0)");
    return this;
  }

  /** Not this agency's own services (a worker refers elsewhere). */
  public ServiceSearch outside(String agency) {
    params.add(agency);
    where.append(" and s.agency_code <> ?").append(params.size());
    return this;
  }

  /** Ids of the matching services: those taking referrals first, the shortest wait next. */
  public String sql() {
    return "select s.id from service s "
        + where
        + " order by (s.accepting_referrals and coalesce(s.capacity, 1) > 0) desc,"
        + " coalesce(s.waiting_weeks, 0), s.name, s.id limit 200";
  }

  public Object[] params() {
    return params.toArray();
  }
}
