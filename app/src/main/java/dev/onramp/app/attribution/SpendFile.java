package dev.onramp.app.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * One CUR 2.0 or FOCUS 1.2 export file (Parquet, CSV or gzip CSV), read with an in-memory DuckDB:
 * checked completely when opened, then streamed as hourly aggregates. Close it to free the memory.
 */
public final class SpendFile implements AutoCloseable {

  static final String ASSUMED_ROLE =
      "^arn:(aws[a-z-]*):sts::([0-9]{12}):assumed-role/([A-Za-z0-9+=,.@_-]{1,64})/.+$";
  static final String ROLE =
      "^arn:(aws[a-z-]*):iam::([0-9]{12}):role/(?:[A-Za-z0-9+=,.@_/-]*/)?([A-Za-z0-9+=,.@_-]{1,64})$";
  static final String USER = "^arn:(aws[a-z-]*):iam::([0-9]{12}):user/.+$";
  static final String TOKENS =
      "^(?:[A-Z]{2,4}[0-9]?-)?(.+?)-(input|output|cache-read-input|cache-write-input)-tokens?(?:-.*)?$";
  static final String REGION_PREFIX = "^([A-Z]{2,4}[0-9]?)-.+$";

  /** Usage-type region prefixes AWS uses for the Regions Bedrock runs in. */
  static final Map<String, String> REGION_PREFIXES =
      Map.ofEntries(
          Map.entry("USE1", "us-east-1"),
          Map.entry("USE2", "us-east-2"),
          Map.entry("USW1", "us-west-1"),
          Map.entry("USW2", "us-west-2"),
          Map.entry("CAN1", "ca-central-1"),
          Map.entry("EU", "eu-west-1"),
          Map.entry("EUW2", "eu-west-2"),
          Map.entry("EUW3", "eu-west-3"),
          Map.entry("EUC1", "eu-central-1"),
          Map.entry("EUN1", "eu-north-1"),
          Map.entry("EUS1", "eu-south-1"),
          Map.entry("EUS2", "eu-south-2"),
          Map.entry("APN1", "ap-northeast-1"),
          Map.entry("APN2", "ap-northeast-2"),
          Map.entry("APN3", "ap-northeast-3"),
          Map.entry("APS1", "ap-southeast-1"),
          Map.entry("APS2", "ap-southeast-2"),
          Map.entry("APS3", "ap-south-1"),
          Map.entry("SAE1", "sa-east-1"));

  private static final Pattern CSV_LINE = Pattern.compile("CSV Error on Line: (\\d+)");
  private static final Pattern CSV_COLUMN = Pattern.compile("converting column \"([^\"]+)\"");

  private final Connection duck;
  private final SpendFormat format;
  private final long lineItems;
  private final Set<String> billingPeriods;

  private SpendFile(Connection duck, SpendFormat format, long lineItems, Set<String> periods) {
    this.duck = duck;
    this.format = format;
    this.lineItems = lineItems;
    this.billingPeriods = periods;
  }

  /**
   * Reads and checks the whole file.
   *
   * @param file a local file whose name ends with .parquet, .csv or .csv.gz
   * @throws SpendFileException naming the first bad row and column
   */
  public static SpendFile open(Path file, SpendFormat format) {
    Connection duck = connect();
    try {
      Columns columns = Columns.of(format);
      String reader = reader(file);
      Set<String> present = describe(duck, reader);
      List<String> select = new ArrayList<>();
      select.add(
          reader.startsWith("read_parquet")
              ? "file_row_number + 1 as rn"
              : "row_number() over () as rn");
      for (Map.Entry<String, String> c : columns.byAlias().entrySet()) {
        String source = c.getValue();
        if (source != null && present.contains(source)) {
          select.add("cast(\"" + source + "\" as varchar) as " + c.getKey());
        } else if (source != null && columns.required().contains(source)) {
          throw new SpendFileException(0, source, "the column is missing from the file");
        } else {
          select.add("cast(null as varchar) as " + c.getKey());
        }
      }
      execute(
          duck, "create temp table raw as select " + String.join(", ", select) + " from " + reader);
      execute(duck, "create temp table typed as " + typed());
      check(duck, columns);
      long items = count(duck, "select count(*) from typed");
      if (items == 0) {
        throw new SpendFileException(0, null, "the file has no line items");
      }
      Set<String> periods = new TreeSet<>();
      try (Statement s = duck.createStatement();
          ResultSet r = s.executeQuery("select distinct billing_period from typed")) {
        while (r.next()) {
          periods.add(r.getString(1));
        }
      }
      return new SpendFile(duck, format, items, periods);
    } catch (SQLException e) {
      close(duck);
      throw fromDuckDb(e);
    } catch (RuntimeException e) {
      close(duck);
      throw e;
    }
  }

  public SpendFormat format() {
    return format;
  }

  /** Line items in the file. */
  public long lineItems() {
    return lineItems;
  }

  /** The billing periods (YYYY-MM, UTC) the file covers. */
  public Set<String> billingPeriods() {
    return billingPeriods;
  }

  /** Streams the spend aggregated per hour, principal, account, region, model, token type. */
  public void forEachRow(Consumer<SpendRow> sink) {
    String sql =
        """
        select billing_period, epoch_ms(usage_hour), kind, principal, role_key, account_id,
               region, model, token_type, resource_id, sum(cost), count(*)
        from (select billing_period, date_trunc('hour', usage_start) as usage_hour,
                     %s as kind, %s as principal, %s as role_key, account_id,
                     coalesce(region, %s) as region,
                     case when regexp_full_match(usage_type, '%s')
                          then regexp_extract(usage_type, '%s', 1)
                          else regexp_replace(usage_type, '^[A-Z]{2,4}[0-9]?-', '') end as model,
                     case regexp_extract(usage_type, '%s', 2)
                          when 'input' then 'INPUT' when 'output' then 'OUTPUT'
                          when 'cache-read-input' then 'CACHE_READ'
                          when 'cache-write-input' then 'CACHE_WRITE' else 'OTHER' end
                       as token_type,
                     resource_id, cost
              from typed)
        group by all
        """
            .formatted(
                kindSql(),
                principalSql(),
                roleKeySql(),
                regionFromUsageTypeSql(),
                TOKENS,
                TOKENS,
                TOKENS);
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        sink.accept(
            new SpendRow(
                r.getString(1),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(r.getLong(2)), ZoneOffset.UTC),
                PrincipalKind.valueOf(r.getString(3)),
                cut(r.getString(4), 600),
                r.getString(5),
                r.getString(6),
                cut(r.getString(7), 30),
                cut(r.getString(8), 200),
                r.getString(9),
                cut(r.getString(10), 600),
                r.getBigDecimal(11),
                r.getLong(12)));
      }
    } catch (SQLException e) {
      throw fromDuckDb(e);
    }
  }

  @Override
  public void close() {
    close(duck);
  }

  private static Connection connect() {
    Properties settings = new Properties();
    // Nothing is downloaded at run time: Parquet and ICU are built into the driver.
    settings.setProperty("autoinstall_known_extensions", "false");
    settings.setProperty("autoload_known_extensions", "true");
    try {
      Connection duck = DriverManager.getConnection("jdbc:duckdb:", settings);
      execute(duck, "set TimeZone = 'UTC'");
      return duck;
    } catch (SQLException e) {
      throw new IllegalStateException("DuckDB cannot start: " + e.getMessage(), e);
    }
  }

  private static String reader(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    String path = "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
    if (name.endsWith(".parquet")) {
      return "read_parquet(" + path + ", file_row_number = true)";
    }
    if (name.endsWith(".csv") || name.endsWith(".csv.gz")) {
      // The header names the columns and everything is read as text, typed below with try_cast:
      // a bad value or a short line is reported with its row instead of confusing the sniffer.
      StringBuilder columns = new StringBuilder();
      for (String column : csvHeader(file, name.endsWith(".gz"))) {
        columns.append(columns.isEmpty() ? "" : ", ");
        columns.append("'").append(column.replace("'", "''")).append("': 'VARCHAR'");
      }
      return "read_csv("
          + path
          + ", header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"',"
          + " compression = 'auto', columns = {"
          + columns
          + "})";
    }
    throw new SpendFileException(0, null, "the file name must end with .parquet, .csv or .csv.gz");
  }

  private static List<String> csvHeader(Path file, boolean gzip) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = gzip ? new GZIPInputStream(raw) : raw;
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (header == null || header.isBlank()) {
        throw new SpendFileException(0, null, "the file is empty");
      }
      List<String> names = new ArrayList<>();
      for (String name : header.replace("\uFEFF", "").split(",", -1)) {
        names.add(name.trim().replaceAll("^\"|\"$", ""));
      }
      return names;
    } catch (IOException e) {
      throw new SpendFileException(0, null, "the file cannot be read: " + e.getMessage());
    }
  }

  private static Set<String> describe(Connection duck, String reader) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("describe select * from " + reader)) {
      while (r.next()) {
        names.add(r.getString(1));
      }
    }
    return names;
  }

  private static String typed() {
    return """
        select rn, nullif(trim(principal), '') as principal, nullif(trim(usage_type), '') as usage_type,
               try_cast(usage_start as timestamptz) as usage_start, usage_start as usage_start_text,
               try_cast(cost as decimal(18,8)) as cost, cost as cost_text,
               case when regexp_full_match(trim(account_id), '[0-9]{1,12}')
                    then lpad(trim(account_id), 12, '0') end as account_id,
               account_id as account_text,
               nullif(trim(region), '') as region, nullif(trim(resource_id), '') as resource_id,
               strftime(try_cast(coalesce(nullif(trim(period_start), ''), usage_start)
                   as timestamptz), '%Y-%m') as billing_period,
               period_start as period_text,
               nullif(trim(tags), '') as tags
        from raw
        """;
  }

  /** Finds the first row with a value that cannot be read; costs, times and accounts must be. */
  private static void check(Connection duck, Columns columns) throws SQLException {
    String sql =
        """
        select rn, col, text from (
          select rn, 'cost' as col, cost_text as text from typed where cost is null
          union all
          select rn, 'start', usage_start_text from typed where usage_start is null
          union all
          select rn, 'account', account_text from typed where account_id is null
          union all
          select rn, 'period', period_text from typed where billing_period is null)
        order by rn limit 1
        """;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      if (r.next()) {
        String column =
            switch (r.getString(2)) {
              case "cost" -> columns.cost();
              case "start" -> columns.usageStart();
              case "account" -> columns.account();
              default -> columns.periodStart();
            };
        String text = r.getString(3);
        String problem =
            text == null || text.isBlank()
                ? "is empty"
                : "'" + cut(text, 60) + "' is not " + expected(r.getString(2));
        throw new SpendFileException(r.getLong(1), column, problem);
      }
    }
  }

  private static String expected(String check) {
    return switch (check) {
      case "cost" -> "a decimal number";
      case "account" -> "a 12-digit AWS account id";
      default -> "a timestamp";
    };
  }

  private String kindSql() {
    return "case when %s is null then 'NONE' when regexp_full_match(%1$s, '%s') or"
            .formatted(principalSource(), ASSUMED_ROLE)
        + " regexp_full_match(%s, '%s') then 'ROLE' when regexp_full_match(%1$s, '%s') then 'USER'"
            .formatted(principalSource(), ROLE, USER)
        + " else 'UNPARSEABLE' end";
  }

  /** A role's sessions fold into the role: one row per role, not per session. */
  private String principalSql() {
    String p = principalSource();
    return ("case when regexp_full_match(%s, '%s') then 'arn:' || regexp_extract(%1$s, '%2$s', 1)"
            + " || ':iam::' || regexp_extract(%1$s, '%2$s', 2) || ':role/'"
            + " || regexp_extract(%1$s, '%2$s', 3) else %1$s end")
        .formatted(p, ASSUMED_ROLE);
  }

  /** Role names are unique per account case-insensitively; paths do not appear in sessions. */
  private String roleKeySql() {
    String p = principalSource();
    return ("case when regexp_full_match(%1$s, '%2$s') then lower('arn:' || regexp_extract(%1$s,"
            + " '%2$s', 1) || ':iam::' || regexp_extract(%1$s, '%2$s', 2) || ':role/' ||"
            + " regexp_extract(%1$s, '%2$s', 3)) when regexp_full_match(%1$s, '%3$s') then"
            + " lower('arn:' || regexp_extract(%1$s, '%3$s', 1) || ':iam::' ||"
            + " regexp_extract(%1$s, '%3$s', 2) || ':role/' || regexp_extract(%1$s, '%3$s', 3))"
            + " end")
        .formatted(p, ASSUMED_ROLE, ROLE);
  }

  /** CUR names the caller; FOCUS only through an activated {@code iamPrincipal/} tag. */
  private String principalSource() {
    return format == SpendFormat.CUR
        ? "principal"
        : "nullif(regexp_extract(tags, '\"iamPrincipal/[^\"]*\"\\s*:\\s*\"(arn:[^\"]+)\"', 1), '')";
  }

  private static String regionFromUsageTypeSql() {
    StringBuilder sql =
        new StringBuilder("case regexp_extract(usage_type, '")
            .append(REGION_PREFIX)
            .append("', 1)");
    REGION_PREFIXES.forEach(
        (prefix, region) ->
            sql.append(" when '").append(prefix).append("' then '").append(region).append("'"));
    return sql.append(" end").toString();
  }

  private static long count(Connection duck, String sql) throws SQLException {
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static void execute(Connection duck, String sql) throws SQLException {
    // A new statement each time: DuckDB closes a statement after an error.
    try (Statement s = duck.createStatement()) {
      s.execute(sql);
    }
  }

  /** DuckDB's own complaints about a file (a broken CSV line, not Parquet) keep their place. */
  private static SpendFileException fromDuckDb(SQLException e) {
    String message = e.getMessage() == null ? "unreadable file" : e.getMessage();
    Matcher line = CSV_LINE.matcher(message);
    Matcher column = CSV_COLUMN.matcher(message);
    String first = message.lines().findFirst().orElse(message);
    // CSV line 1 is the header, so data row n is line n + 1.
    long row = line.find() ? Long.parseLong(line.group(1)) - 1 : 0;
    return new SpendFileException(
        row, column.find() ? column.group(1) : null, "the file cannot be read: " + cut(first, 300));
  }

  private static String cut(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }

  private static void close(Connection duck) {
    try {
      duck.close();
    } catch (SQLException e) {
      // Nothing left to do: the in-memory database is gone either way.
    }
  }
}
