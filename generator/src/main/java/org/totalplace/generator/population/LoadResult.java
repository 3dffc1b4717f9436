package org.totalplace.generator.population;

import java.time.Duration;
import java.util.List;

/** What a load wrote and how long each stage took; tables in load order (person first). */
public record LoadResult(
    List<TableCopy> tables, Duration copy, List<IndexBuild> indexes, Duration vacuumAnalyze) {

  public long people() {
    return tables.get(0).rows();
  }

  public long names() {
    return tables.get(1).rows();
  }

  public long identifiers() {
    return tables.get(2).rows();
  }

  public long rows() {
    return tables.stream().mapToLong(TableCopy::rows).sum();
  }

  public Duration indexBuild() {
    return indexes.stream().map(IndexBuild::took).reduce(Duration.ZERO, Duration::plus);
  }
}
