package org.totalplace.bench.load;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.totalplace.bench.referral.PlatformClient;

/**
 * The people the load is about, recorded through the API by the housing system with their consent
 * to share with drug and alcohol services, so that referrals to that service are allowed.
 */
final class LoadPeople {

  private LoadPeople() {}

  /** Person {@code i}'s family name: distinct for up to 676 people, long enough for a typo. */
  static String familyName(int i) {
    return "Person" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26);
  }

  static List<Long> record(PlatformClient housing, int count) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long id =
          housing
              .post(
                  "/persons",
                  Map.of(
                      "givenName", "Bench",
                      "familyName", familyName(i),
                      "dateOfBirth", "1980-01-01",
                      "postcode", "LS1 1AA"),
                  201)
              .get("id")
              .asLong();
      housing.post(
          "/persons/" + id + "/consents",
          Map.of(
              "agencies", List.of("drug-alcohol"),
              "basis", "CONSENT",
              "consent", "GIVEN",
              "purpose", "Load benchmark",
              "givenOn", LocalDate.now(ZoneOffset.UTC).toString()),
          204);
      ids.add(id);
    }
    return ids;
  }
}
