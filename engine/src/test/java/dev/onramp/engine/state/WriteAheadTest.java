package dev.onramp.engine.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

class WriteAheadTest {

  @TempDir Path dir;

  @Test
  void shouldReplayJournaledBatchesTheDatabaseDoesNotHoldAndMoveKeysPastThem() {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("engine") + ";DB_CLOSE_ON_EXIT=FALSE");
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:db/engine")
        .table("engine_schema_history")
        .load()
        .migrate();
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    jdbc.update("UPDATE journal_position SET batch = 1");
    jdbc.update("INSERT INTO deployment VALUES (2251799813690000, '<default>', 1)");
    Path file = dir.resolve("engine.journal");
    try (Journal journal = Journal.open(file)) {
      journal.record(
          "INSERT INTO deployment VALUES (?, ?, ?)",
          new Object[] {2251799813690000L, "<default>", 1L});
      journal.append(1);
      journal.record(
          "INSERT INTO deployment VALUES (?, ?, ?)",
          new Object[] {2251799813699999L, "<default>", 2L});
      journal.append(2);
    }

    try (WriteAhead writeAhead = WriteAhead.recover(Journal.open(file), dataSource)) {
      assertThat(jdbc.queryForList("SELECT deployment_key FROM deployment", Long.class))
          .containsExactlyInAnyOrder(2251799813690000L, 2251799813699999L);
      assertThat(jdbc.queryForObject("SELECT batch FROM journal_position", Long.class))
          .isEqualTo(2L);
      assertThat(jdbc.queryForObject("SELECT next_key FROM key_block", Long.class))
          .isEqualTo(2251799813700000L);
      assertThat(writeAhead.journal().readAll()).isEmpty();
    }
  }
}
