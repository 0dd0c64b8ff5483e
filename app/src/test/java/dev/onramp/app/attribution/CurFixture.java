package dev.onramp.app.attribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Writes CUR 2.0 shaped test files (Parquet, CSV, gzip CSV) with DuckDB. */
public final class CurFixture {

  static final String HEADER =
      "line_item_iam_principal,line_item_usage_type,line_item_usage_start_date,"
          + "line_item_unblended_cost,line_item_usage_account_id,product_region_code,"
          + "bill_billing_period_start_date";

  private final List<String> lines = new ArrayList<>();

  /** One line item; region may be empty (then it comes from the usage type). */
  public CurFixture add(
      String principal, String usageType, String start, String cost, String account) {
    return add(principal, usageType, start, cost, account, "");
  }

  public CurFixture add(
      String principal,
      String usageType,
      String start,
      String cost,
      String account,
      String region) {
    lines.add(
        String.join(
            ",",
            principal,
            usageType,
            start,
            cost,
            account,
            region,
            start.substring(0, 7) + "-01T00:00:00Z"));
    return this;
  }

  /** Writes the lines as text, exactly as added (bad values included). */
  public Path csv(Path dir, String name) {
    try {
      List<String> all = new ArrayList<>();
      all.add(HEADER);
      all.addAll(lines);
      return Files.write(dir.resolve(name), all);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes typed Parquet (costs DECIMAL, times TIMESTAMP WITH TIME ZONE) or gzip CSV. */
  public Path convert(Path dir, String name) {
    Path csv = csv(dir, name + ".source.csv");
    Path target = dir.resolve(name);
    String options =
        name.endsWith(".parquet") ? "(format parquet)" : "(format csv, header, compression gzip)";
    duck(
        "copy (select line_item_iam_principal, line_item_usage_type,"
            + " cast(line_item_usage_start_date as timestamptz) as line_item_usage_start_date,"
            + " cast(line_item_unblended_cost as decimal(18,8)) as line_item_unblended_cost,"
            + " line_item_usage_account_id, product_region_code,"
            + " cast(bill_billing_period_start_date as timestamptz)"
            + " as bill_billing_period_start_date"
            + " from read_csv('"
            + csv
            + "', header = true, all_varchar = true)) to '"
            + target
            + "' "
            + options);
    return target;
  }

  static void duck(String sql) {
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
