package org.totalplace.person.entity;

import java.util.List;

/**
 * The people a search shows, best first, and whether more matched than it shows (then the page and
 * the API say so and suggest a date of birth or a postcode).
 */
public record SearchResult(List<Rows.Found> people, boolean more) {}
