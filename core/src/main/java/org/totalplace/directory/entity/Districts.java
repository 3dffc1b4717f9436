package org.totalplace.directory.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.totalplace.person.entity.Postcodes;

/**
 * Postcode districts (outward codes such as LS11), the unit a service's area is given in: a full
 * postcode belongs to one, and people type a list of them with commas or spaces.
 */
public final class Districts {

  private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");

  private Districts() {}

  /** The district of a postcode or of a district as typed; null when it is neither. */
  public static String of(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    if (Postcodes.isValid(typed)) {
      String postcode = Postcodes.normalise(typed);
      return postcode.substring(0, postcode.indexOf(' '));
    }
    String compact = typed.strip().toUpperCase(Locale.UK);
    return DISTRICT.matcher(compact).matches() ? compact : null;
  }

  /** The districts in a typed list, and what in it is not one. */
  public static Parsed parse(String typed) {
    Set<String> districts = new TreeSet<>(Districts::compare);
    List<String> unknown = new ArrayList<>();
    if (typed != null) {
      for (String token : typed.split("[,;\\s]+")) {
        if (token.isBlank()) {
          continue;
        }
        String district = of(token);
        if (district == null) {
          unknown.add(token);
        } else {
          districts.add(district);
        }
      }
    }
    return new Parsed(districts, unknown);
  }

  /** LS2 before LS11, as people read them. */
  public static int compare(String a, String b) {
    String letters = "^([A-Z]+)([0-9]+)(.*)$";
    String la = a.replaceAll(letters, "$1");
    String lb = b.replaceAll(letters, "$1");
    if (!la.equals(lb)) {
      return la.compareTo(lb);
    }
    int na = Integer.parseInt(a.replaceAll(letters, "$2"));
    int nb = Integer.parseInt(b.replaceAll(letters, "$2"));
    return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
  }

  /** What a list of districts as typed held. */
  public record Parsed(Set<String> districts, List<String> unknown) {}
}
