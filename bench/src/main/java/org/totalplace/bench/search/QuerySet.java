package org.totalplace.bench.search;

import java.sql.Date;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.totalplace.generator.population.SyntheticPerson;
import org.totalplace.person.control.SearchStatements;

/**
 * The searches a worker makes, each as the platform runs it (SearchStatements), with the simplest
 * exact-match SQL that finds the same person when nothing is misspelt, as a baseline.
 */
public enum QuerySet {
  NAME_AND_BIRTH(
      "Name with a typo + date of birth",
      SearchStatements.byName(true, false),
      "select id from person where lower(family_name) = ? and date_of_birth = ? limit 20"),
  NAME_AND_POSTCODE(
      "Name with a typo + postcode",
      SearchStatements.byName(false, true),
      "select id from person where lower(family_name) = ? and postcode = ? limit 20"),
  NAME_ONLY(
      "Name with a typo alone",
      SearchStatements.byName(false, false),
      "select id from person where lower(family_name) = ? and lower(given_name) = ? limit 20"),
  NHS_NUMBER("Exact NHS number", SearchStatements.BY_IDENTIFIER, null);

  private final String title;
  private final String sql;
  private final String baselineSql;

  QuerySet(String title, String sql, String baselineSql) {
    this.title = title;
    this.sql = sql;
    this.baselineSql = baselineSql;
  }

  String title() {
    return title;
  }

  public String sql() {
    return sql;
  }

  /** Null when the set has no baseline. */
  public String baselineSql() {
    return baselineSql;
  }

  /** Whether {@code person} has what this search needs (a postcode, an NHS number). */
  public boolean fits(SyntheticPerson person) {
    return switch (this) {
      case NAME_AND_POSTCODE -> person.postcode() != null;
      case NHS_NUMBER -> person.nhsNumber() != null;
      default -> true;
    };
  }

  /** A search for {@code person} as a worker would type it, bound as the platform binds it. */
  public SearchQuery query(SyntheticPerson person, SplittableRandom random) {
    if (this == NHS_NUMBER) {
      return new SearchQuery(
          person.id(), person.nhsNumber(), List.of("NHS", person.nhsNumber()), null);
    }
    String given = person.givenName().toLowerCase(Locale.UK);
    String family = person.familyName().toLowerCase(Locale.UK);
    String typed =
        random.nextBoolean()
            ? Typos.oneEdit(given, random) + " " + family
            : given + " " + Typos.oneEdit(family, random);
    List<Object> name = SearchStatements.nameParameters(typed, this == NAME_ONLY);
    return switch (this) {
      case NAME_AND_BIRTH -> {
        Date born = Date.valueOf(person.dateOfBirth());
        yield new SearchQuery(
            person.id(), typed, List.of(name.get(0), name.get(1), born), List.of(family, born));
      }
      case NAME_AND_POSTCODE ->
          new SearchQuery(
              person.id(),
              typed,
              List.of(name.get(0), name.get(1), person.postcode()),
              List.of(family, person.postcode()));
      default -> new SearchQuery(person.id(), typed, name, List.of(family, given));
    };
  }
}
