package dev.onramp.app.bench;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes workloads straight into the tables, in the shapes the app itself writes, with SQL batch
 * inserts (running 10,000 onboarding processes would take hours): an org tree of 200 products, one
 * founding request and AI component per workload, and for approved ones the approval and two Cloud
 * Engineer tasks of four steps. The statuses are spread as a busy organisation would have them;
 * {@code alice} owns half of the products, {@code fiona} reviews, {@code carlos} implements.
 */
final class WorkloadSeed {

  static final int PRODUCTS = 200;
  static final String[] MODELS = {
    "anthropic.claude-sonnet-4-5-20250929-v1:0",
    "anthropic.claude-haiku-4-5-20251001-v1:0",
    "amazon.nova-pro-v1:0",
    "meta.llama3-3-70b-instruct-v1:0"
  };
  static final String[] USAGE_MODELS = {
    "Claude4.5Sonnet", "Claude4.5Haiku", "NovaPro", "Llama3.3-70B"
  };
  static final String[] REGIONS = {"us-east-1", "us-west-2", "eu-central-1", "eu-west-1"};
  static final String[] REGION_PREFIXES = {"USE1", "USW2", "EUC1", "EU"};
  static final String[] ACCOUNTS = {"111122223333", "222233334444", "333344445555"};

  /** Everything is claimed a year and a day before this instant. */
  static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 26, 12, 0, 0, 0, ZoneOffset.UTC);

  private static final int BATCH = 2_000;
  private static final String STEP_CONTENT = stepContent();

  private final JdbcTemplate jdbc;

  WorkloadSeed(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  static String workloadId(int i) {
    return String.format(Locale.ROOT, "00000000-0000-4000-8000-%012d", i);
  }

  static String requestId(int i) {
    return String.format(Locale.ROOT, "00000000-0000-4000-9000-%012d", i);
  }

  static String roleName(int i) {
    return "onramp-bench-" + i;
  }

  static String account(int i) {
    return ACCOUNTS[i % ACCOUNTS.length];
  }

  /**
   * Status of workload i: 20 % pending review, 10 % each sent back, rejected, approved, in
   * progress, ready, 30 % live.
   */
  static String status(int i, boolean allLive) {
    if (allLive) {
      return "LIVE";
    }
    return switch (i % 10) {
      case 0, 1 -> "PENDING_FA_REVIEW";
      case 2 -> "CHANGES_REQUESTED";
      case 3 -> "REJECTED";
      case 4 -> "APPROVED";
      case 5 -> "CE_IN_PROGRESS";
      case 6 -> "READY_TO_CLAIM";
      default -> "LIVE";
    };
  }

  void seed(int workloads, boolean allLive) {
    OffsetDateTime created = NOW.minusYears(1).minusDays(2);
    seedOrg(created);
    List<Object[]> workloadRows = new ArrayList<>();
    List<Object[]> requestRows = new ArrayList<>();
    List<Object[]> componentRows = new ArrayList<>();
    List<Object[]> approvalRows = new ArrayList<>();
    List<Object[]> taskRows = new ArrayList<>();
    List<Object[]> stepRows = new ArrayList<>();
    for (int i = 0; i < workloads; i++) {
      String status = status(i, allLive);
      String id = workloadId(i);
      String request = requestId(i);
      // Submission times spread over the year, so sorting by them means something.
      OffsetDateTime submitted = created.plusMinutes(i * 47L % 500_000);
      OffsetDateTime updated = submitted.plusHours(i % 500);
      String name = "Bench workload " + i;
      workloadRows.add(
          new Object[] {id, name, productId(i % PRODUCTS), status, "alice", submitted, updated});
      boolean approved =
          !List.of("PENDING_FA_REVIEW", "CHANGES_REQUESTED", "REJECTED").contains(status);
      boolean costSaving = i % 3 == 0;
      requestRows.add(
          new Object[] {
            request,
            id,
            String.format(Locale.ROOT, "%04X", i % 65536),
            i % 2 == 0 ? "OPERATIONS_AI" : "CODING_AI",
            name,
            "Answers support tickets for product line " + (i % PRODUCTS) + " with a summary.",
            5 + i % 40,
            50_000L + i % 1_000 * 100,
            1_000,
            400,
            new BigDecimal(200 + i % 800),
            i % 4 == 3 ? null : costSaving ? "COST_SAVING" : "REVENUE_DRIVING",
            i % 4 == 3 ? null : new BigDecimal(100_000 + i % 50 * 1_000),
            i % 4 == 3 ? null : new BigDecimal("25.00"),
            status,
            submitted,
            updated
          });
      boolean live = status.equals("LIVE");
      componentRows.add(
          new Object[] {
            "00000000-0000-4000-a000-" + String.format(Locale.ROOT, "%012d", i),
            id,
            request,
            name,
            live ? "arn:aws:iam::" + account(i) + ":role/" + roleName(i) : null,
            approved ? MODELS[i % MODELS.length] : null,
            approved ? account(i) : null,
            approved ? REGIONS[i % REGIONS.length] : null,
            live ? "alice" : null,
            live ? created.plusDays(1) : null,
            live ? created.plusDays(1) : null,
            submitted
          });
      if (approved) {
        approvalRows.add(
            new Object[] {
              request,
              MODELS[i % MODELS.length],
              account(i),
              REGIONS[i % REGIONS.length],
              roleName(i),
              roleName(i),
              new BigDecimal(150 + i % 700),
              submitted.plusDays(1)
            });
        boolean implemented = live || status.equals("READY_TO_CLAIM");
        for (int seq = 1; seq <= 2; seq++) {
          String task = String.format(Locale.ROOT, "00000000-0000-4000-b%03d-%012d", seq, i);
          boolean done =
              implemented || (status.equals("CE_IN_PROGRESS") && seq == 1 && i % 20 == 5);
          taskRows.add(
              new Object[] {
                task,
                request,
                seq,
                seq == 1 ? "iam-role" : "model-access",
                seq == 1 ? "Create the IAM role " + roleName(i) : "Enable model access",
                "Pre-written steps for the approved request.",
                done ? "IMPLEMENTED" : "OPEN",
                submitted.plusDays(1 + 5 * seq),
                !done && i % 7 == 0,
                done ? "carlos" : null,
                done ? submitted.plusDays(2) : null,
                submitted.plusDays(1)
              });
          for (int step = 1; step <= 4; step++) {
            boolean checked = done || (status.equals("CE_IN_PROGRESS") && seq == 1 && step <= 2);
            stepRows.add(
                new Object[] {
                  task,
                  step,
                  "step-" + step,
                  "Step " + step + " of " + (seq == 1 ? "the role" : "model access"),
                  "Run the command below in account " + account(i) + ".",
                  STEP_CONTENT,
                  step == 4,
                  checked,
                  checked ? "carlos" : null,
                  checked ? submitted.plusDays(2) : null
                });
          }
        }
      }
    }
    insert(
        "insert into workload (id, name, product_id, status, created_by, created_at, updated_at,"
            + " version) values (?, ?, ?, ?, ?, ?, ?, 0)",
        workloadRows);
    insert(
        "insert into business_request (id, workload_id, mode, founding, short_id, use_case,"
            + " workload_name, purpose, team_size, requests_per_month, input_tokens_per_request,"
            + " output_tokens_per_request, monthly_budget_estimate, runtime, business_case_type,"
            + " business_case_annual_amount, business_case_target_percent, status, requester,"
            + " revision, submitted_at, updated_at, version)"
            + " values (?, ?, 'NEW', true, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'LAMBDA', ?, ?, ?, ?,"
            + " 'alice', 1, ?, ?, 0)",
        requestRows);
    insert(
        "insert into ai_component (id, workload_id, request_id, name, role_arn, model_id,"
            + " account_id, region, claimed_by, claimed_at, attribution_started_at, created_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        componentRows);
    insert(
        "insert into approval (request_id, platform, model_id, account_id, region,"
            + " inference_profile_type, profile_regions, role_name, role_name_key,"
            + " business_case_acknowledged, priority, rationale, fa_estimate_monthly,"
            + " price_input_per_1m, price_output_per_1m, pricing_date, pricing_source,"
            + " approved_by, approved_at)"
            + " values (?, 'BEDROCK', ?, ?, ?, 'IN_REGION', '', ?, ?, true, 'NORMAL',"
            + " 'Fits the portfolio budget.', ?, 3.0, 15.0, date '2026-01-01', 'bench',"
            + " 'fiona', ?)",
        approvalRows);
    insert(
        "insert into ce_task (id, request_id, seq, task_key, title, summary, status, sla_due_at,"
            + " overdue, implemented_by, implemented_at, created_at, version)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
        taskRows);
    insert(
        "insert into ce_task_step (task_id, step_no, step_key, title, instructions,"
            + " content_json, completion, checked, checked_by, checked_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        stepRows);
  }

  static String productId(int p) {
    return String.format(Locale.ROOT, "00000000-0000-4000-e400-%012d", p);
  }

  /** 1 business unit, 4 departments, 20 portfolios, 200 products; alice owns the even products. */
  private void seedOrg(OffsetDateTime created) {
    List<Object[]> nodes = new ArrayList<>();
    List<Object[]> owners = new ArrayList<>();
    String unit = "00000000-0000-4000-e100-000000000000";
    nodes.add(new Object[] {unit, "E1", "Bench Business Unit", null, created});
    for (int d = 0; d < 4; d++) {
      String department = String.format(Locale.ROOT, "00000000-0000-4000-e200-%012d", d);
      nodes.add(new Object[] {department, "E2", "Bench Department " + d, unit, created});
    }
    for (int p = 0; p < 20; p++) {
      String portfolio = String.format(Locale.ROOT, "00000000-0000-4000-e300-%012d", p);
      String department = String.format(Locale.ROOT, "00000000-0000-4000-e200-%012d", p % 4);
      nodes.add(new Object[] {portfolio, "E3", "Bench Portfolio " + p, department, created});
    }
    for (int p = 0; p < PRODUCTS; p++) {
      String portfolio = String.format(Locale.ROOT, "00000000-0000-4000-e300-%012d", p % 20);
      nodes.add(new Object[] {productId(p), "E4", "Bench Product " + p, portfolio, created});
      owners.add(new Object[] {productId(p), p % 2 == 0 ? "alice" : "paul"});
    }
    insert(
        "insert into org_node (id, level, name, parent_id, created_at) values (?, ?, ?, ?, ?)",
        nodes);
    insert("insert into org_node_owner (node_id, username) values (?, ?)", owners);
  }

  private void insert(String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
  }

  /** About what the generator stores for a step: commands, a policy file and a console link. */
  private static String stepContent() {
    String policy = "{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[]}".repeat(20);
    return "{\"commands\":[{\"label\":\"Create\",\"text\":\"aws iam create-role --role-name"
        + " onramp-bench --assume-role-policy-document file://trust.json\"}],"
        + "\"files\":[{\"name\":\"policy.json\",\"text\":\""
        + policy
        + "\"}],\"links\":[]}";
  }
}
