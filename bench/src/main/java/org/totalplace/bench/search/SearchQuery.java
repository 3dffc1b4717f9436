package org.totalplace.bench.search;

import java.util.List;

/**
 * One search to time: the person it should find, the values for the platform's SQL (by ?n), and the
 * values for the exact-match baseline (none for sets without one).
 */
public record SearchQuery(
    long personId, String typed, List<Object> values, List<Object> baselineValues) {}
