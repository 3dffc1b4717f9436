package org.totalplace.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An agency's work followed page by page and by "changed since", as a case system syncs it. */
@ExtendWith(Platform.class)
class WorkFeedIT {

  final Api housing = Api.as("housing-system");
  final Api voluntary = Api.as("voluntary-system");

  @Test
  void pagesHoldEveryReferralOnceAndChangesShowAgain() {
    Instant before = Instant.now().minusSeconds(1);
    List<String> mine = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      long person =
          ReferralApiIT.createPerson(
              housing, "Feed", "Page" + (char) ('a' + i) + ReferralApiIT.suffix());
      mine.add(Long.toString(ReferralApiIT.refer(housing, person, "voluntary", "ROUTINE")));
    }

    List<String> seen = follow("/work?limit=2&changedSince=" + before);
    assertThat(seen).doesNotHaveDuplicates().containsAll(mine);

    // One is accepted, one withdrawn by its sender: only those two changed since the first pass.
    Instant afterFirstPass = Instant.now();
    assertThat(voluntary.post("/referrals/" + mine.get(1) + "/accept", "").status()).isEqualTo(200);
    assertThat(
            housing
                .post(
                    "/referrals/" + mine.get(3) + "/withdraw",
                    Map.of("reason", "Moved out of the area"))
                .status())
        .isEqualTo(200);
    List<String> changed = follow("/work?limit=2&changedSince=" + afterFirstPass);
    assertThat(changed).contains(mine.get(1), mine.get(3));
    assertThat(changed).doesNotContain(mine.get(0), mine.get(2), mine.get(4));
    // Without changedSince, only open work: the withdrawn one has left it.
    List<String> open = follow("/work?limit=200");
    assertThat(open).contains(mine.get(0), mine.get(1)).doesNotContain(mine.get(3));
    // Other agencies' systems see none of it in their work.
    assertThat(follow(housing, "/work?limit=200&changedSince=" + before))
        .doesNotContainAnyElementsOf(mine);
  }

  @Test
  void aBadCursorOrLimitIsAPlain400() {
    for (String query :
        List.of("cursor=not-a-cursor", "limit=0", "limit=201", "changedSince=yesterday")) {
      Api.Reply reply = voluntary.get("/work?" + query);
      assertThat(reply.status()).as(query).isEqualTo(400);
      assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
    }
  }

  private List<String> follow(String first) {
    return follow(voluntary, first);
  }

  /** Reads every page from the first address on, following next (and checking the Link header). */
  private static List<String> follow(Api api, String first) {
    List<String> ids = new ArrayList<>();
    String address = first;
    for (int pages = 0; address != null; pages++) {
      assertThat(pages).as("pages end").isLessThan(1000);
      Api.Reply reply = api.get(address);
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      JsonNode page = reply.json();
      page.get("items").forEach(item -> ids.add(item.get("id").asText()));
      JsonNode next = page.get("next");
      if (next == null || next.isNull()) {
        assertThat(reply.header("Link")).isNull();
        address = null;
      } else {
        assertThat(reply.header("Link")).contains(next.asText()).contains("rel=\"next\"");
        URI uri = URI.create(next.asText());
        address = uri.getRawPath().replaceFirst("^.*/api/v1", "") + "?" + uri.getRawQuery();
      }
    }
    return ids;
  }
}
