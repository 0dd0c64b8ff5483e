package dev.onramp.app.spendcards;

import static org.awaitility.Awaitility.await;

import dev.onramp.app.OnrampApplication;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.UserTaskState;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The spend-card benchmark (docs/benchmarks.md, "Weekly spend cards"): the whole app with its
 * embedded engine on a fresh H2 file, 10,000 Live workloads with eight weeks of daily spend written
 * straight into the database (not measured), then one weekly generation started as the REST
 * endpoint starts it, timed until every card is stored and every card's user task exists.
 *
 * <p>The second run of the same week writes no card and must still answer quickly.
 *
 * <p>Arguments: {@code --workloads=10000} {@code --weeks-of-spend=9}.
 */
public final class SpendCardBenchmark {

  private static final String ACCOUNT = "111122223333";

  private SpendCardBenchmark() {}

  public static void main(String[] args) throws Exception {
    int workloads = intArg(args, "workloads", 10_000);
    int weeks = intArg(args, "weeks-of-spend", 9);
    Path dir = Files.createTempDirectory("onramp-spend-card-bench");
    int enginePort = freePort();
    long bootStart = System.nanoTime();
    ConfigurableApplicationContext app =
        new SpringApplication(OnrampApplication.class)
            .run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:"
                    + dir.resolve("onramp")
                    + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE",
                "--onramp.engine.port=" + enginePort,
                "--onramp.engine.management-port=" + freePort(),
                "--logging.level.root=WARN");
    try {
      System.out.printf(Locale.ROOT, "app started in %.1f s%n", seconds(bootStart));
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      JdbcTemplate template = app.getBean(JdbcTemplate.class);
      LocalDate week =
          LocalDate.now(ZoneOffset.UTC)
              .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
              .minusWeeks(1);

      long seedStart = System.nanoTime();
      seed(jdbc, template, workloads, week, weeks);
      System.out.printf(
          Locale.ROOT,
          "seeded %d Live workloads and %d spend rows in %.1f s%n",
          workloads,
          jdbc.sql("select count(*) from spend_line").query(Long.class).single(),
          seconds(seedStart));

      SpendCardProcess process = app.getBean(SpendCardProcess.class);
      CamundaClient client = app.getBean(CamundaClient.class);
      for (int run = 1; run <= 2; run++) {
        long start = System.nanoTime();
        long instance = process.start(week);
        int expectedCards = run == 1 ? workloads : 0;
        int runs = run;
        await()
            .atMost(Duration.ofMinutes(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> written(jdbc, instance) == expectedCards && generated(jdbc, week) >= runs);
        double stored = seconds(start);
        await()
            .atMost(Duration.ofMinutes(10))
            .pollInterval(Duration.ofMillis(100))
            .until(() -> openTasks(client, instance) == expectedCards);
        double withTasks = seconds(start);
        System.out.printf(
            Locale.ROOT,
            "run %d: %d cards stored in %.1f s; all %d card user tasks created after %.1f s%n",
            run,
            written(jdbc, instance),
            stored,
            expectedCards,
            withTasks);
      }
      System.out.printf(
          Locale.ROOT,
          "cards for the week of %s: %d; rendered body average %d characters%n",
          week,
          jdbc.sql("select count(*) from spend_card where week_start = ?")
              .param(Date.valueOf(week))
              .query(Long.class)
              .single(),
          jdbc.sql("select avg(length(body_html)) from spend_card").query(Long.class).single());
    } finally {
      app.close();
    }
  }

  private static long written(JdbcClient jdbc, long instance) {
    return jdbc.sql("select count(*) from spend_card where process_instance_key = ?")
        .param(instance)
        .query(Long.class)
        .single();
  }

  private static long generated(JdbcClient jdbc, LocalDate week) {
    return jdbc.sql(
            "select count(*) from audit_event where action = 'spend-cards-generated'"
                + " and subject_id = ?")
        .param(week.toString())
        .query(Long.class)
        .single();
  }

  private static long openTasks(CamundaClient client, long instance) {
    return client
        .newUserTaskSearchRequest()
        .filter(
            f ->
                f.processInstanceKey(instance)
                    .elementId(SpendCardProcess.REVIEW_CARD_TASK)
                    .state(UserTaskState.CREATED))
        .page(p -> p.limit(1))
        .send()
        .join()
        .page()
        .totalItems();
  }

  /**
   * One portfolio owned by sam with 100 products owned by alice, 100 Live workloads each, every
   * workload with an approved Bedrock request and a claimed role, and daily input and output spend
   * of its role for the given number of weeks up to and including the card's week.
   */
  private static void seed(
      JdbcClient jdbc, JdbcTemplate template, int workloads, LocalDate week, int weeks) {
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    OffsetDateTime claimed = week.minusWeeks(weeks).atStartOfDay().atOffset(ZoneOffset.UTC);
    String unit = node(jdbc, "E1", "Bench Unit", null, now);
    String department = node(jdbc, "E2", "Bench Department", unit, now);
    String portfolio = node(jdbc, "E3", "Bench Portfolio", department, now);
    jdbc.sql("insert into org_node_owner (node_id, username) values (?, 'sam')")
        .param(portfolio)
        .update();
    List<String> products = new ArrayList<>();
    for (int p = 0; p < 100; p++) {
      String product = node(jdbc, "E4", "Bench Product " + p, portfolio, now);
      jdbc.sql("insert into org_node_owner (node_id, username) values (?, 'alice')")
          .param(product)
          .update();
      products.add(product);
    }
    List<Object[]> workloadRows = new ArrayList<>();
    List<Object[]> requestRows = new ArrayList<>();
    List<Object[]> approvalRows = new ArrayList<>();
    List<Object[]> componentRows = new ArrayList<>();
    for (int i = 0; i < workloads; i++) {
      String id = String.format(Locale.ROOT, "bench-w-%05d", i);
      String request = String.format(Locale.ROOT, "bench-r-%05d", i);
      String role = String.format(Locale.ROOT, "finops-bench-%05d", i);
      workloadRows.add(
          new Object[] {id, "Bench workload " + i, products.get(i % products.size()), now, now});
      requestRows.add(new Object[] {request, id, "Bench workload " + i, now, now});
      approvalRows.add(new Object[] {request, role, role, now});
      componentRows.add(
          new Object[] {
            "bench-c-" + i, id, request, "arn:aws:iam::" + ACCOUNT + ":role/" + role, claimed, now
          });
    }
    batch(
        template,
        "insert into workload (id, name, product_id, status, created_by, created_at, updated_at,"
            + " version) values (?, ?, ?, 'LIVE', 'alice', ?, ?, 0)",
        workloadRows);
    batch(
        template,
        """
        insert into business_request (id, workload_id, mode, founding, short_id, use_case,
          workload_name, purpose, team_size, requests_per_month, input_tokens_per_request,
          output_tokens_per_request, monthly_budget_estimate, runtime, business_case_type,
          business_case_annual_amount, business_case_target_percent, status, requester, revision,
          submitted_at, updated_at, version)
        values (?, ?, 'NEW', true, 'b3nc', 'OPERATIONS_AI', ?, 'Benchmark workload', 5, 100000,
          1000, 400, 900, 'LAMBDA', 'COST_SAVING', 80000, 20, 'LIVE', 'alice', 1, ?, ?, 0)
        """,
        requestRows);
    batch(
        template,
        """
        insert into approval (request_id, platform, model_id, account_id, region,
          inference_profile_type, profile_regions, role_name, role_name_key,
          business_case_acknowledged, priority, rationale, fa_estimate_monthly,
          price_input_per_1m, price_output_per_1m, pricing_date, pricing_source, approved_by,
          approved_at)
        values (?, 'BEDROCK', 'anthropic.claude-sonnet-4-6', '111122223333', 'us-east-1',
          'IN_REGION', 'us-east-1', ?, ?, true, 'NORMAL', 'Benchmark', 900, 3, 15,
          DATE '2026-01-01', 'bundled snapshot', 'fiona', ?)
        """,
        approvalRows);
    batch(
        template,
        """
        insert into ai_component (id, workload_id, request_id, name, role_arn, model_id,
          account_id, region, claimed_by, claimed_at, attribution_started_at, created_at)
        values (?, ?, ?, 'Bench', ?, 'anthropic.claude-sonnet-4-6', '111122223333', 'us-east-1',
          'alice', ?, null, ?)
        """,
        componentRows);
    // Daily spend per role and token type, written by the database from the components.
    LocalDate first = week.minusWeeks(weeks - 1);
    // Through the Wednesday after the week: the week's billing data is complete, cards are final.
    for (LocalDate day = first; day.isBefore(week.plusDays(10)); day = day.plusDays(1)) {
      OffsetDateTime hour = day.atStartOfDay().atOffset(ZoneOffset.UTC);
      for (String token : List.of("INPUT", "OUTPUT")) {
        jdbc.sql(
                """
                insert into spend_line (import_id, billing_period, usage_hour, principal_kind,
                  principal, role_key, usage_account_id, region, model, token_type, resource_id,
                  cost, line_items)
                select 'bench', ?, ?, 'ROLE', c.role_arn, lower(c.role_arn), '111122223333',
                  'us-east-1', 'Claude4.6Sonnet', ?, null, ?, 24
                from ai_component c where c.id like 'bench-c-%'
                """)
            .params(
                day.toString().substring(0, 7),
                hour,
                token,
                token.equals("INPUT") ? new BigDecimal("7.50") : new BigDecimal("12.25"))
            .update();
      }
    }
  }

  private static String node(
      JdbcClient jdbc, String level, String name, String parent, OffsetDateTime now) {
    String id = "bench-" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
    jdbc.sql("insert into org_node (id, level, name, parent_id, created_at) values (?, ?, ?, ?, ?)")
        .params(id, level, name, parent, now)
        .update();
    return id;
  }

  private static void batch(JdbcTemplate template, String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += 1000) {
      template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1000)));
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static int intArg(String[] args, String name, int fallback) {
    for (String arg : args) {
      if (arg.startsWith("--" + name + "=")) {
        return Integer.parseInt(arg.substring(name.length() + 3));
      }
    }
    return fallback;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
