package org.totalplace.bench.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.totalplace.bench.dashboard.LeadSession;
import org.totalplace.bench.referral.PlatformClient;
import org.totalplace.bench.search.SearchQuery;
import org.totalplace.launcher.Stack;

/** The load's requests made one at a time, for counting the SQL each one runs. */
final class PerRequest {

  private static final int TIMES = 20;

  private final LoadWork work;
  private final LeadSession worker;
  private final LeadSession lead;
  private final PlatformClient housing;
  private final PlatformClient drugAlcohol;

  PerRequest(Stack stack, LoadWork work, LeadSession worker, LeadSession lead) {
    this.work = work;
    this.worker = worker;
    this.lead = lead;
    this.housing = new PlatformClient(stack.apiUrl(), stack.keycloakUrl(), "housing-system");
    this.drugAlcohol =
        new PlatformClient(stack.apiUrl(), stack.keycloakUrl(), "drug-alcohol-system");
  }

  List<StatementCounts.Count> count(StatementCounts counter) throws Exception {
    List<StatementCounts.Count> counts = new ArrayList<>();
    counts.add(
        counter.count(
            PlaceLoad.RECORD,
            TIMES,
            i -> page(worker, "/person.xhtml?id=" + visit(i).personId(), "Address history")));
    StatementCounts.Count find =
        counter.count(
            PlaceLoad.FIND_PAGE, TIMES, i -> page(worker, "/index.xhtml", "Find a person"));
    counts.add(find);
    StatementCounts.Count findAndSearch =
        counter.count(PlaceLoad.SEARCH_PAGE + " (with the find page)", TIMES, i -> search(i));
    counts.add(
        new StatementCounts.Count(
            PlaceLoad.SEARCH_PAGE,
            TIMES,
            Math.max(0, findAndSearch.statements() - find.statements()),
            Math.max(0, findAndSearch.transactionControl() - find.transactionControl()),
            findAndSearch.top()));
    counts.add(
        counter.count(
            PlaceLoad.CASELOADS, 10, i -> page(lead, "/lead/caseloads.xhtml", "Team caseloads")));
    counts.add(
        counter.count(
            PlaceLoad.SEARCH_API,
            TIMES,
            i ->
                housing.get(
                    "/persons?q="
                        + URLEncoder.encode(visit(i).typed(), StandardCharsets.UTF_8)
                        + "&dateOfBirth="
                        + ((java.sql.Date) visit(i).values().get(2)).toLocalDate())));
    List<Long> created = new ArrayList<>();
    counts.add(
        counter.count(
            PlaceLoad.CREATE,
            TIMES,
            i -> {
              Map<String, Object> body = new LinkedHashMap<>();
              body.put("personId", visit(i).personId());
              body.put("serviceId", work.service());
              body.put("urgency", "URGENT");
              body.put("reason", "Counting statements");
              JsonNode referral = housing.post("/referrals", body, 201);
              created.add(referral.get("id").asLong());
            }));
    counts.add(
        counter.count(PlaceLoad.READ, TIMES, i -> drugAlcohol.get("/referrals/" + created.get(i))));
    counts.add(
        counter.count(
            PlaceLoad.ACCEPT,
            TIMES,
            i -> drugAlcohol.post("/referrals/" + created.get(i) + "/accept", Map.of(), 200)));
    return counts;
  }

  private SearchQuery visit(int i) {
    return work.visits().get(i % work.visits().size());
  }

  private void search(int i) {
    HttpResponse<String> findPage = page(worker, "/index.xhtml", "Find a person");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("search", "search");
    form.put("search:text", visit(i).typed());
    form.put(
        "search:dateOfBirth",
        LoadWork.PAGE_DATE.format(((java.sql.Date) visit(i).values().get(2)).toLocalDate()));
    form.put("search:postcode", "");
    form.put("search:find", "Search");
    form.putAll(LeadSession.postBack(findPage));
    HttpResponse<String> found = worker.post("/index.xhtml", form);
    if (found.statusCode() != 200 || !found.body().contains("found")) {
      throw new IllegalStateException("The search page answered " + found.statusCode());
    }
  }

  private static HttpResponse<String> page(LeadSession session, String path, String marker) {
    HttpResponse<String> page = session.get(path);
    if (page.statusCode() != 200 || !page.body().contains(marker)) {
      throw new IllegalStateException(
          path + " answered " + page.statusCode() + " without \"" + marker + "\"");
    }
    return page;
  }
}
