package dev.onramp.engine.state;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stores' {@link JdbcTemplate}: every write also goes to the {@link Journal} when there is one
 * (H2 files). Stores write only through {@code update(sql, args...)}, with every value as a
 * parameter, so replaying the recorded statements reproduces the batch exactly.
 */
public final class JournalingJdbcTemplate extends JdbcTemplate {

  private final Journal journal;

  public JournalingJdbcTemplate(DataSource dataSource, Journal journal) {
    super(dataSource);
    this.journal = journal;
  }

  @Override
  public int update(String sql) {
    return update(sql, new Object[0]);
  }

  @Override
  public int update(String sql, Object... args) {
    if (journal != null) {
      journal.record(sql, args);
    }
    return super.update(sql, args);
  }
}
