package org.totalplace.person.control;

import java.util.List;

/**
 * The SQL behind finding a person, kept as text so the benchmark in bench/ times exactly what the
 * platform runs. Names match with typos through trigrams (pg_trgm) on every current and previous
 * name, or through the Double Metaphone key of the family name (fuzzystrmatch), both index-backed;
 * results are ranked by closeness, and a matching sound of the family name adds to the score.
 */
public final class SearchStatements {

  /** The most people a search shows. */
  public static final int LIMIT = 20;

  /** One more is read than is shown, to tell that more match (and offer to narrow the search). */
  static final int READ = LIMIT + 1;

  /**
   * Parameters: 1 the typed name in lower case, 2 its last word (taken as the family name), then a
   * date of birth and a postcode, each only when asked for (conditions are left out rather than
   * written as "? is null or", so the planner can use the date and postcode indexes). Answers
   * person id and score, best first.
   */
  public static String byName(boolean dateOfBirth, boolean postcode) {
    if (!dateOfBirth && !postcode) {
      return byNameAlone();
    }
    // Each parameter appears once, in order, so the text runs as it is over plain JDBC too.
    // With a date of birth or a postcode the people are few, so a family name within two edits
    // matches too: two letters swapped (Smiht) is two edits, and trigrams miss it in a short name.
    return "with q as (select x.typed, dmetaphone(x.family) as sound, x.family from (select"
        + " cast(?1 as text) as typed, cast(?2 as text) as family) x)"
        + " select n.person_id, max("
        + SCORE
        + ") as score, bool_or(n.kind = 'CURRENT') as current_name"
        + " from q cross join person_name n join person p on p.id = n.person_id"
        + " where p.merged_into is null"
        + " and (n.search_name % q.typed or q.typed <% n.search_name or n.family_key = q.sound"
        + " or levenshtein(lower(n.family_name), q.family) <= 2)"
        + (dateOfBirth ? " and p.date_of_birth = ?3" : "")
        + (postcode ? " and p.postcode = ?" + (dateOfBirth ? 4 : 3) : "")
        + RANKED;
  }

  /**
   * Best first; among equal scores the name typed exactly, then the closer whole name: a name
   * contained in longer ones (word similarity 1) would otherwise tie with the exact match, and the
   * older records won the tie and could push it out of the first twenty.
   */
  private static final String RANKED =
      " group by n.person_id order by score desc, bool_or(n.search_name = q.typed) desc,"
          + " max(similarity(n.search_name, q.typed)) desc, n.person_id limit "
          + READ;

  /** How close a name is: trigram closeness, and a bonus when the family name sounds the same. */
  private static final String SCORE =
      "greatest(similarity(n.search_name, q.typed), word_similarity(q.typed, n.search_name))"
          + " + case when n.family_key = q.sound then 0.2 else 0 end";

  /**
   * By name alone no date of birth or postcode narrows the people, so candidates must be close on
   * both parts of the name: the whole name at trigram similarity 0.55 (a name sharing only its
   * given name, "sarah" in "sarah smiht", scores about 0.5, and there were 30,000 of those), the
   * typed words as part of a longer name at 0.8, or both sounds alike (family and given name, one
   * index). The thresholds hold for this statement's transaction only (set_config local). The
   * person table is only asked whether a match was merged away (a handful of rows, through a
   * partial index). A GiST index returning nearest names in order was measured and was slower than
   * this at a million people (see bench/results). Parameters: 1 the typed name, 2 its family part,
   * 3 its given part (see {@link #nameParameters}).
   */
  private static String byNameAlone() {
    return "with q as (select cast(?1 as text) as typed, dmetaphone(cast(?2 as text)) as sound,"
        + " dmetaphone(cast(?3 as text)) as given_sound,"
        + " set_config('pg_trgm.similarity_threshold', '0.55', true)"
        + " || set_config('pg_trgm.word_similarity_threshold', '0.8', true) as strict)"
        + " select n.person_id, max("
        + SCORE
        + ") as score, bool_or(n.kind = 'CURRENT') as current_name from q cross join person_name n"
        + " where (n.search_name % q.typed or q.typed <% n.search_name"
        + " or (n.family_key = q.sound and dmetaphone(n.given_name) = q.given_sound))"
        + " and not exists (select 1 from person p where p.id = n.person_id"
        + " and p.merged_into is not null)"
        + RANKED;
  }

  /**
   * The name's parameters as typed (lower case, single spaces): the whole, its last word as the
   * family name and, searched for alone, the words before it as the given name.
   */
  public static List<Object> nameParameters(String typed, boolean alone) {
    int space = typed.lastIndexOf(' ');
    String family = typed.substring(space + 1);
    if (!alone) {
      return List.of(typed, family);
    }
    return List.of(typed, family, space < 0 ? "" : typed.substring(0, space));
  }

  /** Without a name: parameters a date of birth and/or a postcode, as asked for. */
  public static String byBirthOrPostcode(boolean dateOfBirth, boolean postcode) {
    return "select p.id, 1.0 as score, true as current_name from person p where p.merged_into is null"
        + (dateOfBirth ? " and p.date_of_birth = ?1" : "")
        + (postcode ? " and p.postcode = ?" + (dateOfBirth ? 2 : 1) : "")
        + " order by p.id limit "
        + READ;
  }

  /**
   * An exact identifier: parameters scheme and normalised value; a merged record leads to its own.
   * Answers which agency recorded it: the number is a match only for those who may see it.
   */
  public static final String BY_IDENTIFIER =
      "select distinct coalesce(p.merged_into, p.id), 1.0 as score, i.agency from identifier i"
          + " join person p on p.id = i.person_id where i.scheme = ?1 and i.value = ?2"
          + " limit "
          + READ;

  private SearchStatements() {}
}
