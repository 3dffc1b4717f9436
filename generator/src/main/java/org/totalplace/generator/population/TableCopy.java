package org.totalplace.generator.population;

import java.time.Duration;

/** One table's COPY: rows written, and the time until PostgreSQL had checked and stored them. */
public record TableCopy(String table, long rows, Duration took) {}
