package dev.onramp.app.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.Properties;

/**
 * CUR 2.0 data-export files (gzip CSV, the columns Onramp reads plus the usual companions) written
 * by DuckDB from {@code range()}, for the roles {@link WorkloadSeed} names: Bedrock token spend of
 * assumed-role sessions (a new session name per role and day), input and output tokens, the
 * workload's model, region and account.
 */
final class CurFiles {

  private CurFiles() {}

  /**
   * {@code rows} hourly line items over one month: every hour the same number of role sessions call
   * their model, two line items (input, output) each; every twentieth line comes from a shared
   * administrator SSO role instead (unattributed spend).
   */
  static Path hourlyMonth(Path dir, YearMonth month, long rows) {
    long hours = month.lengthOfMonth() * 24L;
    long perHour = (rows + hours - 1) / hours;
    String body =
        """
        select r // %1$d as h, (r %% %1$d) // 2 as w, r %% 2 as tok, r %% 20 = 7 as admin
        from range(%2$d) t(r)
        """
            .formatted(perHour, rows);
    return write(dir.resolve("cur-hourly-" + month + "-" + rows + ".csv.gz"), month, body, "hour");
  }

  /**
   * A month of daily line items (CUR's daily granularity): each of {@code workloads} roles, every
   * day, input and output.
   */
  static Path dailyMonth(Path dir, YearMonth month, int workloads) {
    String body =
        """
        select d as h, w, tok, false as admin
        from range(%1$d) a(d), range(%2$d) b(w), range(2) c(tok)
        """
            .formatted(month.lengthOfMonth(), workloads);
    return write(dir.resolve("cur-daily-" + month + ".csv.gz"), month, body, "day");
  }

  private static Path write(Path file, YearMonth month, String body, String unit) {
    int models = WorkloadSeed.USAGE_MODELS.length;
    String sql =
        """
        copy (
          select
            'arn:aws:sts::' || account || ':assumed-role/'
              || case when admin then 'AWSReservedSSO_AdministratorAccess_0a1b2c3d4e5f6a7b'
                      else 'onramp-bench-' || w end
              || '/session-' || (%8$s) as line_item_iam_principal,
            'Usage' as line_item_line_item_type,
            'AmazonBedrock' as line_item_product_code,
            prefix || '-' || model || '-' || case tok when 0 then 'input' else 'output' end
              || '-tokens' as line_item_usage_type,
            'InvokeModelInference' as line_item_operation,
            strftime(timestamptz '%1$s-01 00:00:00+00' + to_%2$ss(h), '%%Y-%%m-%%dT%%H:%%M:%%SZ')
              as line_item_usage_start_date,
            strftime(timestamptz '%1$s-01 00:00:00+00' + to_%2$ss(h + 1), '%%Y-%%m-%%dT%%H:%%M:%%SZ')
              as line_item_usage_end_date,
            (1000 + (h * 7919 + w * 104729 + tok) %% 90000) as line_item_usage_amount,
            cast(round(((1000 + (h * 7919 + w * 104729 + tok) %% 90000) / 1000000.0)
              * case tok when 0 then 3.0 else 15.0 end, 8) as decimal(18,8))
              as line_item_unblended_cost,
            account as line_item_usage_account_id,
            account as bill_payer_account_id,
            region as product_region_code,
            '' as line_item_resource_id,
            '%1$s-01T00:00:00Z' as bill_billing_period_start_date
          from (select *,
                  ['111122223333', '222233334444', '333344445555'][w %% 3 + 1] as account,
                  %3$s[w %% %4$d + 1] as model,
                  %5$s[w %% %6$d + 1] as region,
                  %7$s[w %% %6$d + 1] as prefix
                from (%9$s))
        ) to '%10$s' (format csv, header, compression gzip)
        """
            .formatted(
                month,
                unit,
                list(WorkloadSeed.USAGE_MODELS),
                models,
                list(WorkloadSeed.REGIONS),
                WorkloadSeed.REGIONS.length,
                list(WorkloadSeed.REGION_PREFIXES),
                unit.equals("hour") ? "h // 24" : "h",
                body,
                file.toAbsolutePath().toString().replace("'", "''"));
    duck(sql);
    return file;
  }

  private static String list(String[] values) {
    StringBuilder list = new StringBuilder("[");
    for (String v : values) {
      list.append(list.length() == 1 ? "" : ", ").append("'").append(v).append("'");
    }
    return list.append("]").toString();
  }

  private static void duck(String sql) {
    Properties settings = new Properties();
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "true");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:", settings);
        Statement s = c.createStatement()) {
      s.execute("set TimeZone = 'UTC'");
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
