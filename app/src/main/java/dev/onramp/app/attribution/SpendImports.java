package dev.onramp.app.attribution;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports billing files into {@code spend_line}. One file is one transaction: a file with a bad row
 * imports nothing, and a file's billing periods replace whatever was imported for them before (from
 * either format), so spend is never counted twice.
 */
@Service
public class SpendImports {

  private static final int BATCH = 5_000;

  private final JdbcClient jdbc;
  private final JdbcTemplate template;
  private final AuditLog audit;
  private final BudgetAlerts alerts;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  SpendImports(
      JdbcClient jdbc,
      JdbcTemplate template,
      AuditLog audit,
      BudgetAlerts alerts,
      ApplicationEventPublisher events,
      ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.template = template;
    this.audit = audit;
    this.alerts = alerts;
    this.events = events;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /**
   * Imports one file.
   *
   * @param fileName the name shown in the import list
   * @throws SpendFileException naming the first bad row and column; nothing is imported then
   */
  @Transactional
  public SpendImportView importFile(Path file, String fileName, SpendFormat format, String user) {
    try (SpendFile spend = SpendFile.open(file, format)) {
      String id = UUID.randomUUID().toString();
      OffsetDateTime now =
          OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
      List<String> periods = List.copyOf(spend.billingPeriods());
      replace(periods, now);
      String periodList = String.join(",", periods);
      jdbc.sql(
              """
              insert into spend_import (id, source, file_name, billing_periods, line_items,
                stored_rows, total_cost, imported_by, imported_at)
              values (?, ?, ?, ?, ?, 0, 0, ?, ?)
              """)
          .params(id, format.name(), cut(fileName), periodList, spend.lineItems(), user, now)
          .update();
      Totals totals = insertLines(id, spend);
      insertSummary(spend.summarise(components()));
      jdbc.sql("update spend_import set stored_rows = ?, total_cost = ? where id = ?")
          .params(totals.rows, totals.cost, id)
          .update();
      audit.record(
          Actor.person(user),
          "spend-imported",
          "spend-import",
          id,
          format
              + " "
              + fileName
              + ": periods "
              + periodList
              + ", "
              + spend.lineItems()
              + " line items, "
              + totals.cost
              + " USD");
      periods.forEach(alerts::check);
      events.publishEvent(new SpendImported(id, periods));
      return find(id);
    }
  }

  /** Imports, newest first. */
  @Transactional(readOnly = true)
  public List<SpendImportView> list() {
    return jdbc.sql(
            """
            select id, source, file_name, billing_periods, line_items, stored_rows, total_cost,
                   imported_by, imported_at, replaced_at
            from spend_import order by imported_at desc, id
            """)
        .query(SpendImportView.class)
        .list();
  }

  private SpendImportView find(String id) {
    return jdbc.sql(
            """
            select id, source, file_name, billing_periods, line_items, stored_rows, total_cost,
                   imported_by, imported_at, replaced_at
            from spend_import where id = ?
            """)
        .param(id)
        .query(SpendImportView.class)
        .single();
  }

  private void replace(List<String> periods, OffsetDateTime now) {
    for (String period : periods) {
      jdbc.sql("delete from spend_line where billing_period = ?").param(period).update();
      jdbc.sql("delete from spend_month where billing_period = ?").param(period).update();
      jdbc.sql("delete from component_spend_month where billing_period = ?").param(period).update();
      // An import covering several periods stays listed until all of them are replaced; the
      // flag says its lines for this period are gone.
      jdbc.sql(
              """
              update spend_import set replaced_at = ?
              where replaced_at is null and (billing_periods = ? or billing_periods like ?
                or billing_periods like ? or billing_periods like ?)
              """)
          .params(now, period, period + ",%", "%," + period, "%," + period + ",%")
          .update();
    }
  }

  /**
   * Streams the rows from DuckDB into JDBC batches on the import's transaction. H2's CSVREAD, used
   * before for embedded H2, was no faster: H2 first copies a table function's whole result into a
   * temporary result (spilled to disk past a few thousand rows) and parses every value from text,
   * after DuckDB had written the file; see docs/benchmarks.md.
   */
  private Totals insertLines(String importId, SpendFile spend) {
    Totals totals = new Totals();
    List<SpendRow> batch = new ArrayList<>(BATCH);
    spend.forEachRow(
        claims(),
        row -> {
          batch.add(row);
          totals.rows++;
          totals.cost = totals.cost.add(row.cost());
          if (batch.size() == BATCH) {
            flush(importId, batch);
          }
        });
    flush(importId, batch);
    return totals;
  }

  /** Every claim made so far: on its day the spend stays hourly (see SpendFile#forEachRow). */
  private List<SpendFile.Claim> claims() {
    return jdbc.sql(
            """
            select lower(role_arn), claimed_at from ai_component
            where claimed_at is not null and role_arn is not null
            union all
            select l.profile_arn, c.claimed_at from inference_profile_link l
            join ai_component c on c.id = l.ai_component_id where c.claimed_at is not null
            """)
        .query(
            (rs, n) -> new SpendFile.Claim(rs.getString(1), rs.getObject(2, OffsetDateTime.class)))
        .list();
  }

  /** Every claimed component with its role or linked inference profiles. */
  private List<SpendFile.Component> components() {
    return jdbc.sql(
            """
            select id, workload_id, lower(role_arn), false, claimed_at from ai_component
            where claimed_at is not null and role_arn is not null
            union all
            select c.id, c.workload_id, l.profile_arn, true, c.claimed_at
            from inference_profile_link l
            join ai_component c on c.id = l.ai_component_id where c.claimed_at is not null
            """)
        .query(
            (rs, n) ->
                new SpendFile.Component(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getBoolean(4),
                    rs.getObject(5, OffsetDateTime.class)))
        .list();
  }

  /** The roll-up's summary of the imported lines (see V7__benchmark_indexes.sql). */
  private void insertSummary(SpendFile.Summary summary) {
    template.batchUpdate(
        """
        insert into spend_month (billing_period, usage_month, total_cost, last_usage_hour)
        values (?, ?, ?, ?)
        """,
        summary.months(),
        BATCH,
        (ps, m) -> {
          ps.setString(1, m.billingPeriod());
          ps.setString(2, m.usageMonth());
          ps.setBigDecimal(3, m.totalCost());
          ps.setObject(4, m.lastUsageHour(), Types.TIMESTAMP_WITH_TIMEZONE);
        });
    template.batchUpdate(
        """
        insert into component_spend_month (billing_period, usage_month, component_id,
          workload_id, cost)
        values (?, ?, ?, ?, ?)
        """,
        summary.components(),
        BATCH,
        (ps, c) -> {
          ps.setString(1, c.billingPeriod());
          ps.setString(2, c.usageMonth());
          ps.setString(3, c.componentId());
          ps.setString(4, c.workloadId());
          ps.setBigDecimal(5, c.cost());
        });
  }

  private void flush(String importId, List<SpendRow> batch) {
    if (batch.isEmpty()) {
      return;
    }
    template.batchUpdate(
        """
        insert into spend_line (import_id, billing_period, usage_hour, principal_kind, principal,
          role_key, usage_account_id, region, model, token_type, resource_id, cost, line_items)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        batch,
        batch.size(),
        (PreparedStatement ps, SpendRow row) -> set(ps, importId, row));
    batch.clear();
  }

  private static void set(PreparedStatement ps, String importId, SpendRow row) throws SQLException {
    ps.setString(1, importId);
    ps.setString(2, row.billingPeriod());
    ps.setObject(3, row.usageHour(), Types.TIMESTAMP_WITH_TIMEZONE);
    ps.setString(4, row.principalKind().name());
    ps.setString(5, row.principal());
    ps.setString(6, row.roleKey());
    ps.setString(7, row.usageAccountId());
    ps.setString(8, row.region());
    ps.setString(9, row.model());
    ps.setString(10, row.tokenType());
    ps.setString(11, row.resourceId());
    ps.setBigDecimal(12, row.cost());
    ps.setLong(13, row.lineItems());
  }

  private static String cut(String fileName) {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    return name.length() <= 300 ? name : name.substring(0, 300);
  }

  private static final class Totals {
    long rows;
    BigDecimal cost = BigDecimal.ZERO;
  }
}
