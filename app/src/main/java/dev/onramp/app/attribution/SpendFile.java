package dev.onramp.app.attribution;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
   * Reads and checks the whole file in one pass: the line items are summed per hour and raw value
   * (sessions, usage types and accounts repeat a lot), and the values are parsed once per distinct
   * one afterwards. Only when a check fails is the file searched again for the first bad row.
   *
   * @param file a local file whose name ends with .parquet, .csv or .csv.gz
   * @throws SpendFileException naming the first bad row and column
   */
  public static SpendFile open(Path file, SpendFormat format) {
    Connection duck = connect();
    try {
      Columns columns = Columns.of(format);
      String reader = reader(file);
      Map<String, String> present = describe(duck, reader);
      Map<String, String> source = new LinkedHashMap<>();
      for (Map.Entry<String, String> c : columns.byAlias().entrySet()) {
        String name = c.getValue();
        if (name != null && present.containsKey(name)) {
          String quoted = "\"" + name.replace("\"", "\"\"") + "\"";
          // A blank period start in a text file means "not given", not a bad timestamp.
          boolean text = present.get(name).equals("VARCHAR");
          source.put(
              c.getKey(),
              c.getKey().equals("period_start") && text
                  ? "nullif(trim(" + quoted + "), '')"
                  : quoted);
        } else if (name != null && columns.required().contains(name)) {
          throw new SpendFileException(0, name, "the column is missing from the file");
        } else {
          source.put(c.getKey(), "cast(null as varchar)");
        }
      }
      execute(duck, "create temp table grouped as " + grouped(source, reader));
      execute(duck, "create temp table accounts as " + ACCOUNTS);
      if (hasUnreadableValue(duck)) {
        throw locate(duck, columns, source, reader);
      }
      long items = count(duck, "select coalesce(sum(items), 0) from grouped");
      if (items == 0) {
        throw new SpendFileException(0, null, "the file has no line items");
      }
      execute(duck, "create temp table callers as " + callersSql(format));
      execute(duck, "create temp table usages as " + usagesSql());
      Set<String> periods = new TreeSet<>();
      try (Statement s = duck.createStatement();
          ResultSet r =
              s.executeQuery(
                  "select distinct case when period_month = '' then strftime(usage_hour,"
                      + " '%Y-%m') else period_month end from grouped")) {
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

  /**
   * Streams the spend aggregated per UTC day, principal, account, region, model, token type and
   * resource; to the hour on the day a claim falls on for that role or inference profile.
   * Attribution needs the hour only there (a claim counts from the next full hour), and a billing
   * file covers the past, so the claims that matter are those made before it is imported; storing
   * days elsewhere keeps a month of hourly CUR a fraction of its size in the database.
   *
   * @param claims claimed roles (lower-case role ARN) and inference profiles (ARN) with the claim
   *     instant
   */
  public void forEachRow(Collection<Claim> claims, Consumer<SpendRow> sink) {
    store(claims);
    String sql =
        """
        select billing_period, epoch_ms(usage_start), kind, principal, role_key, account_id,
               region, model, token_type, resource_id, cost, items
        from stored
        """;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        sink.accept(
            new SpendRow(
                r.getString(1),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(r.getLong(2)), ZoneOffset.UTC),
                PrincipalKind.valueOf(r.getString(3)),
                r.getString(4),
                r.getString(5),
                r.getString(6),
                r.getString(7),
                r.getString(8),
                r.getString(9),
                r.getString(10),
                r.getBigDecimal(11),
                r.getLong(12)));
      }
    } catch (SQLException e) {
      throw fromDuckDb(e);
    }
  }

  /**
   * What the roll-up reads instead of every line of a month, from the rows {@link #forEachRow}
   * stored: per billing period and usage month (UTC), the total and the last usage hour, and the
   * spend each component takes by the rules of {@link AttributedLines}.
   */
  public Summary summarise(Collection<Component> components) {
    try {
      execute(
          duck,
          "create or replace temp table components (id varchar, workload_id varchar,"
              + " claim_key varchar, profile boolean, claimed_us bigint)");
      try (PreparedStatement insert =
          duck.prepareStatement("insert into components values (?, ?, ?, ?, ?)")) {
        for (Component c : components) {
          insert.setString(1, c.id());
          insert.setString(2, c.workloadId());
          insert.setString(3, c.key());
          insert.setBoolean(4, c.profile());
          insert.setLong(
              5,
              c.claimedAt().toInstant().getEpochSecond() * 1_000_000
                  + c.claimedAt().getNano() / 1_000);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      List<PeriodMonth> months = new ArrayList<>();
      try (Statement st = duck.createStatement();
          ResultSet r =
              st.executeQuery(
                  "select billing_period, strftime(usage_start, '%Y-%m'), sum(cost),"
                      + " epoch_us(max(usage_start)) from stored group by all")) {
        while (r.next()) {
          months.add(
              new PeriodMonth(r.getString(1), r.getString(2), r.getBigDecimal(3), micros(r, 4)));
        }
      }
      List<ComponentMonth> taken = new ArrayList<>();
      try (Statement st = duck.createStatement();
          ResultSet r =
              st.executeQuery(
                  """
                  select billing_period, strftime(usage_start, '%Y-%m'), id, workload_id,
                         sum(cost)
                  from (select s.billing_period, s.usage_start, c.id, c.workload_id, s.cost
                        from stored s join components c on not c.profile
                          and s.role_key = c.claim_key and epoch_us(s.usage_start) > c.claimed_us
                        union all
                        select s.billing_period, s.usage_start, c.id, c.workload_id, s.cost
                        from stored s join components c on c.profile and s.role_key is null
                          and s.resource_id = c.claim_key and epoch_us(s.usage_start) > c.claimed_us)
                  group by all
                  """)) {
        while (r.next()) {
          taken.add(
              new ComponentMonth(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getBigDecimal(5)));
        }
      }
      return new Summary(months, taken);
    } catch (SQLException e) {
      throw fromDuckDb(e);
    }
  }

  private static OffsetDateTime micros(ResultSet r, int column) throws SQLException {
    long micros = r.getLong(column);
    return OffsetDateTime.ofInstant(
        Instant.ofEpochSecond(
            Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1_000L),
        ZoneOffset.UTC);
  }

  /**
   * A claimed component: its role (lower-case role ARN) or, with {@code profile}, its linked
   * application inference profile ARN.
   */
  public record Component(
      String id, String workloadId, String key, boolean profile, OffsetDateTime claimedAt) {}

  /** A billing period's spend in one usage month (YYYY-MM, UTC). */
  public record PeriodMonth(
      String billingPeriod,
      String usageMonth,
      BigDecimal totalCost,
      OffsetDateTime lastUsageHour) {}

  /** The spend a component takes from a billing period in one usage month. */
  public record ComponentMonth(
      String billingPeriod,
      String usageMonth,
      String componentId,
      String workloadId,
      BigDecimal cost) {}

  public record Summary(List<PeriodMonth> months, List<ComponentMonth> components) {}

  /** The rows to store, once: lengths cut to the columns of {@code spend_line}. */
  private void store(Collection<Claim> claims) {
    String sql =
        """
        create or replace temp table stored as
        select billing_period, usage_start, kind, left(principal, 600) as principal, role_key,
               account_id, left(region, 30) as region, left(model, 200) as model, token_type,
               left(resource_id, 600) as resource_id, sum(cost) as cost, sum(items) as items
        from (select l.*,
                     case when r.claim_key is null and p.claim_key is null
                          then date_trunc('day', l.usage_hour) else l.usage_hour end
                       as usage_start
              from (%s) l
              left join claim_days r on r.claim_key = l.role_key
                and r.claim_day = date_trunc('day', l.usage_hour)
              left join claim_days p on p.claim_key = l.resource_id
                and p.claim_day = date_trunc('day', l.usage_hour))
        group by all
        """
            .formatted(LINES);
    try {
      loadClaims(claims);
      execute(duck, sql);
    } catch (SQLException e) {
      throw fromDuckDb(e);
    }
  }

  /**
   * A claimed role or inference profile: from the hour after {@code claimedAt} it is attributed.
   */
  public record Claim(String key, OffsetDateTime claimedAt) {}

  private void loadClaims(Collection<Claim> claims) throws SQLException {
    execute(
        duck, "create or replace temp table claim_days (claim_key varchar, claim_day timestamptz)");
    try (PreparedStatement insert =
        duck.prepareStatement("insert into claim_days values (?, to_timestamp(?))")) {
      for (Claim claim : claims) {
        insert.setString(1, claim.key());
        insert.setLong(
            2,
            claim
                .claimedAt()
                .withOffsetSameInstant(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .toEpochSecond());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    execute(
        duck,
        "create or replace temp table claim_days as select distinct claim_key, claim_day from claim_days");
  }

  @Override
  public void close() {
    close(duck);
  }

  static Connection connect() {
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

  /** Column name → DuckDB type. */
  private static Map<String, String> describe(Connection duck, String reader) throws SQLException {
    Map<String, String> names = new HashMap<>();
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery("describe select * from " + reader)) {
      while (r.next()) {
        names.put(r.getString(1), r.getString(2));
      }
    }
    return names;
  }

  /**
   * The one pass over the file: line items summed per usage hour and raw value. Costs and times are
   * cast in place (a Parquet file's typed values stay typed); a value that cannot be cast becomes
   * null and is counted, so the checks need not read the file again. Keys are never null, so the
   * parsed values join back with plain equality.
   */
  private static String grouped(Map<String, String> source, String reader) {
    String caller =
        source.get("tags").startsWith("cast(null") ? source.get("principal") : source.get("tags");
    return """
        select p_raw, usage_type, account_raw, region, resource_id, period_month,
               date_trunc('hour', start_at) as usage_hour, sum(cost) as cost,
               count(*) as items, count(*) - count(cost) as bad_costs,
               count(*) - count(start_at) as bad_starts,
               count(*) filter (where bad_period) as bad_periods
        from (select coalesce(cast(%1$s as varchar), '') as p_raw,
                     coalesce(cast(%2$s as varchar), '') as usage_type,
                     coalesce(cast(%3$s as varchar), '') as account_raw,
                     cast(%4$s as varchar) as region, cast(%5$s as varchar) as resource_id,
                     coalesce(strftime(try_cast(%6$s as timestamptz), '%%Y-%%m'), '')
                       as period_month,
                     %6$s is not null and try_cast(%6$s as timestamptz) is null as bad_period,
                     try_cast(%7$s as timestamptz) as start_at,
                     try_cast(%8$s as decimal(18,8)) as cost
              from %9$s)
        group by all
        """
        .formatted(
            caller,
            source.get("usage_type"),
            source.get("account_id"),
            source.get("region"),
            source.get("resource_id"),
            source.get("period_start"),
            source.get("usage_start"),
            source.get("cost"),
            reader);
  }

  /** Accounts are checked and padded once per distinct value. */
  private static final String ACCOUNTS =
      """
      select account_raw,
             case when regexp_full_match(trim(account_raw), '[0-9]{1,12}')
                  then lpad(trim(account_raw), 12, '0') end as account_id
      from (select distinct account_raw from grouped)
      """;

  /** The grouped spend with every raw value replaced by what it parses to. */
  private static final String LINES =
      """
      select case when g.period_month = '' then strftime(g.usage_hour, '%Y-%m')
                  else g.period_month end as billing_period,
             g.usage_hour, c.kind, c.principal, c.role_key, a.account_id,
             coalesce(nullif(trim(g.region), ''), u.region) as region, u.model, u.token_type,
             nullif(trim(g.resource_id), '') as resource_id, g.cost, g.items
      from grouped g
      join callers c on g.p_raw = c.p_raw
      join usages u on g.usage_type = u.usage_type
      join accounts a on g.account_raw = a.account_raw
      """;

  /** Whether any cost, time, account or period failed to read. */
  private static boolean hasUnreadableValue(Connection duck) throws SQLException {
    String sql =
        """
        select (select coalesce(sum(bad_costs), 0) from grouped),
               (select coalesce(sum(bad_starts), 0) from grouped),
               (select count(*) from accounts where account_id is null),
               (select coalesce(sum(bad_periods), 0) from grouped)
        """;
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1) + r.getLong(2) + r.getLong(3) + r.getLong(4) > 0;
    }
  }

  /**
   * Reads the file again, with row numbers, for the first row with a value that cannot be read;
   * only a file that failed a check pays for this.
   */
  private static SpendFileException locate(
      Connection duck, Columns columns, Map<String, String> source, String reader)
      throws SQLException {
    String numbered =
        "(select "
            + (reader.startsWith("read_parquet")
                ? "file_row_number + 1 as rn"
                : "row_number() over () as rn")
            + ", * from "
            + reader
            + ")";
    String cost = source.get("cost");
    String start = source.get("usage_start");
    String account = source.get("account_id");
    String period = source.get("period_start");
    String sql =
        """
        select rn, col, text from (
          select rn, 'cost' as col, cast(%1$s as varchar) as text from %5$s
            where try_cast(%1$s as decimal(18,8)) is null
          union all
          select rn, 'start', cast(%2$s as varchar) from %5$s
            where try_cast(%2$s as timestamptz) is null
          union all
          select rn, 'account', cast(%3$s as varchar) from %5$s
            where not coalesce(regexp_full_match(trim(cast(%3$s as varchar)), '[0-9]{1,12}'), false)
          union all
          select rn, 'period', cast(%4$s as varchar) from %5$s
            where %4$s is not null and try_cast(%4$s as timestamptz) is null)
        order by rn limit 1
        """
            .formatted(cost, start, account, period, numbered);
    try (Statement s = duck.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      if (!r.next()) {
        return new SpendFileException(0, null, "the file has a value that cannot be read");
      }
      String check = r.getString(2);
      String column =
          switch (check) {
            case "cost" -> columns.cost();
            case "start" -> columns.usageStart();
            case "account" -> columns.account();
            default -> columns.periodStart();
          };
      String text = r.getString(3);
      String message =
          text == null || text.isBlank()
              ? "is empty"
              : "'" + cut(text, 60) + "' is not " + expected(check);
      return new SpendFileException(r.getLong(1), column, message);
    }
  }

  private static String expected(String check) {
    return switch (check) {
      case "cost" -> "a decimal number";
      case "account" -> "a 12-digit AWS account id";
      default -> "a timestamp";
    };
  }

  /**
   * Callers parsed once per distinct raw value (a role's sessions repeat it thousands of times).
   */
  private static String callersSql(SpendFormat format) {
    return "select p_raw, "
        + KIND
        + " as kind, "
        + principalSql()
        + " as principal, "
        + roleKeySql()
        + " as role_key from (select p_raw, "
        + principalSource(format)
        + " as p from (select distinct p_raw from grouped))";
  }

  /** Usage types parsed once per distinct value: model, token type, region prefix. */
  private static String usagesSql() {
    return """
        select usage_type,
               case when regexp_full_match(ut, '%1$s') then regexp_extract(ut, '%1$s', 1)
                    else regexp_replace(ut, '^[A-Z]{2,4}[0-9]?-', '') end as model,
               case regexp_extract(ut, '%1$s', 2)
                    when 'input' then 'INPUT' when 'output' then 'OUTPUT'
                    when 'cache-read-input' then 'CACHE_READ'
                    when 'cache-write-input' then 'CACHE_WRITE' else 'OTHER' end as token_type,
               %2$s as region
        from (select usage_type, nullif(trim(usage_type), '') as ut
              from (select distinct usage_type from grouped))
        """
        .formatted(TOKENS, regionFromUsageTypeSql());
  }

  private static final String KIND =
      ("case when p is null then 'NONE' when regexp_full_match(p, '%s') or"
              + " regexp_full_match(p, '%s') then 'ROLE' when regexp_full_match(p, '%s')"
              + " then 'USER' else 'UNPARSEABLE' end")
          .formatted(ASSUMED_ROLE, ROLE, USER);

  /** A role's sessions fold into the role: one row per role, not per session. */
  private static String principalSql() {
    return ("case when regexp_full_match(p, '%1$s') then 'arn:' || regexp_extract(p, '%1$s', 1)"
            + " || ':iam::' || regexp_extract(p, '%1$s', 2) || ':role/'"
            + " || regexp_extract(p, '%1$s', 3) else p end")
        .formatted(ASSUMED_ROLE);
  }

  /** Role names are unique per account case-insensitively; paths do not appear in sessions. */
  private static String roleKeySql() {
    return ("case when regexp_full_match(p, '%1$s') then lower('arn:' || regexp_extract(p,"
            + " '%1$s', 1) || ':iam::' || regexp_extract(p, '%1$s', 2) || ':role/' ||"
            + " regexp_extract(p, '%1$s', 3)) when regexp_full_match(p, '%2$s') then"
            + " lower('arn:' || regexp_extract(p, '%2$s', 1) || ':iam::' ||"
            + " regexp_extract(p, '%2$s', 2) || ':role/' || regexp_extract(p, '%2$s', 3))"
            + " end")
        .formatted(ASSUMED_ROLE, ROLE);
  }

  /** CUR names the caller; FOCUS only through an activated {@code iamPrincipal/} tag. */
  private static String principalSource(SpendFormat format) {
    return format == SpendFormat.CUR
        ? "nullif(trim(p_raw), '')"
        : "nullif(regexp_extract(p_raw, '\"iamPrincipal/[^\"]*\"\\s*:\\s*\"(arn:[^\"]+)\"', 1), '')";
  }

  private static String regionFromUsageTypeSql() {
    StringBuilder sql =
        new StringBuilder("case regexp_extract(ut, '").append(REGION_PREFIX).append("', 1)");
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
