package org.totalplace.bench.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.totalplace.person.control.SearchStatements;

class PositionalSqlTest {

  @Test
  void numberedParametersBecomePlaceholdersBoundToTheirValueWhereverTheyRepeat() {
    PositionalSql sql = PositionalSql.of("select ?1, ?2, ?1 where x = ?3");
    assertThat(sql.jdbc()).isEqualTo("select ?, ?, ? where x = ?");
    assertThat(sql.order()).containsExactly(1, 2, 1, 3);
  }

  @Test
  void thePlatformsNameSearchBindsEveryParameterAndThePostcodeLast() {
    PositionalSql sql = PositionalSql.of(SearchStatements.byName(true, true));
    assertThat(sql.jdbc()).doesNotContainPattern("\\?[0-9]").contains("%", "<%");
    assertThat(sql.order()).contains(1, 2, 3, 4).endsWith(4);
  }

  @Test
  void plainPlaceholdersAreBoundInOrder() {
    assertThat(PositionalSql.of("select 1 where a = ? and b = ?").order()).containsExactly(1, 2);
  }
}
