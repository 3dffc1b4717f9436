package org.totalplace.bench.load;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.totalplace.bench.dashboard.LeadSession;
import org.totalplace.bench.search.SearchQuery;

/**
 * Hospital discharge plans started through the start-pathway page by the housing worker who will
 * lead them, before the load, so each has its process running and steps the load can mark in place.
 * The generated place's pathways have no process of their own, so their steps cannot be marked.
 */
final class PathwayStarts {

  private static final Pattern PLAN = Pattern.compile("/pathway\\.xhtml\\?id=(\\d+)");

  private PathwayStarts() {}

  /**
   * Starts up to {@code count} plans, one for each person who has none of this kind open yet (the
   * platform refuses a second, as after an earlier run on a kept place); answers the plans' ids.
   */
  static List<Long> start(LeadSession worker, List<SearchQuery> people, int count) {
    List<Long> plans = new ArrayList<>();
    String discharge = LoadWork.PAGE_DATE.format(LocalDate.now().plusDays(7));
    for (SearchQuery person : people) {
      if (plans.size() >= count) {
        break;
      }
      HttpResponse<String> page = worker.get("/start-pathway.xhtml?person=" + person.personId());
      Map<String, String> form = new LinkedHashMap<>();
      form.put("start", "start");
      form.put("start:kind", "HOSPITAL_DISCHARGE");
      form.put("start:keyDate", discharge);
      form.put("start:tier", "MEDIUM");
      form.put("start:begin", "Start the pathway");
      form.putAll(LeadSession.postBack(page));
      HttpResponse<String> started =
          worker.post("/start-pathway.xhtml?person=" + person.personId(), form);
      Matcher plan = PLAN.matcher(started.uri().toString());
      if (plan.find()) {
        plans.add(Long.parseLong(plan.group(1)));
      }
    }
    return plans;
  }
}
