package dev.onramp.app.attribution;

import dev.onramp.app.web.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attributed spend: the E4 → E1 roll-up, one workload's breakdown, what nobody claims. */
@Service
@Transactional(readOnly = true)
public class Attribution {

  private final JdbcClient jdbc;
  private final Budgets budgets;

  Attribution(JdbcClient jdbc, Budgets budgets) {
    this.jdbc = jdbc;
    this.budgets = budgets;
  }

  public Rollup rollup(Period period) {
    // From the summary each import writes (V7__benchmark_indexes.sql), not from the month's lines.
    Map<String, BigDecimal> spendByWorkload = new HashMap<>();
    jdbc.sql(
            "select workload_id, sum(cost) from component_spend_month where usage_month = ?"
                + " group by workload_id")
        .param(period.toString())
        .query(
            rs -> {
              spendByWorkload.put(rs.getString(1), rs.getBigDecimal(2));
            });
    // coalesce: a month without data sums to null, which single() refuses.
    BigDecimal total =
        jdbc.sql("select coalesce(sum(total_cost), 0) from spend_month where usage_month = ?")
            .param(period.toString())
            .query(BigDecimal.class)
            .single();
    int dataDays = dataDays(period);
    Budgets.InForce inForce = budgets.inForce();

    Map<String, List<Row>> childrenOf = new HashMap<>();
    List<Row> roots = new ArrayList<>();
    jdbc.sql("select id, level, name, parent_id from org_node")
        .query(
            rs -> {
              Row row = new Row(rs.getString(1), rs.getString(2), rs.getString(3));
              String parent = rs.getString(4);
              if (parent == null) {
                roots.add(row);
              } else {
                childrenOf.computeIfAbsent(parent, p -> new ArrayList<>()).add(row);
              }
            });
    jdbc.sql("select id, name, product_id from workload")
        .query(
            rs -> {
              childrenOf
                  .computeIfAbsent(rs.getString(3), p -> new ArrayList<>())
                  .add(new Row(rs.getString(1), "WORKLOAD", rs.getString(2)));
            });

    BigDecimal attributed = BigDecimal.ZERO;
    List<RollupNode> built = new ArrayList<>();
    Builder builder = new Builder(childrenOf, spendByWorkload, inForce, period, dataDays);
    for (Row root : sorted(roots)) {
      RollupNode node = builder.build(root, null);
      attributed = attributed.add(node.spend());
      built.add(node);
    }
    // Spend of a workload whose product is not in the tree cannot happen (foreign key), so the
    // tree holds all attributed spend.
    return new Rollup(
        period.toString(), total, attributed, total.subtract(attributed), dataDays, built);
  }

  /** One workload's spend in a month by model, token type and region. */
  public WorkloadSpend workload(String workloadId, Period period) {
    String name =
        jdbc.sql("select name from workload where id = ?")
            .param(workloadId)
            .query(String.class)
            .optional()
            .orElseThrow(() -> new NotFoundException("workload", workloadId));
    Map<String, BigDecimal> byModel = new TreeMap<>();
    Map<String, BigDecimal> byToken = new TreeMap<>();
    Map<String, BigDecimal> byRegion = new TreeMap<>();
    BigDecimal[] total = {BigDecimal.ZERO};
    List<Object> params = new ArrayList<>(List.of(AttributedLines.params(period)));
    params.add(workloadId);
    jdbc.sql(
            "select model, token_type, region, sum(cost) from ("
                + AttributedLines.IN_PERIOD
                + ") a where workload_id = ? group by model, token_type, region")
        .params(params)
        .query(
            rs -> {
              BigDecimal cost = rs.getBigDecimal(4);
              byModel.merge(label(rs.getString(1)), cost, BigDecimal::add);
              byToken.merge(rs.getString(2), cost, BigDecimal::add);
              byRegion.merge(label(rs.getString(3)), cost, BigDecimal::add);
              total[0] = total[0].add(cost);
            });
    Budgets.InForce inForce = budgets.inForce();
    Budgets.Budget budget = inForce.workload(workloadId);
    return new WorkloadSpend(
        workloadId,
        name,
        period.toString(),
        total[0],
        budget.amount(),
        budget.source(),
        forecast(total[0], period, dataDays(period)),
        byModel,
        byToken,
        byRegion);
  }

  /** Spend of the month no component takes, per principal, largest first. */
  public List<UnattributedSpend> unattributed(Period period) {
    return jdbc.sql(
            """
            select s.principal_kind, s.principal, s.role_key, s.usage_account_id, sum(s.cost) as cost,
              (select count(*) from ai_component c where s.role_key = lower(c.role_arn)
                 and c.claimed_at is not null) as claimed,
              (select count(*) from approval a where s.role_key is not null
                 and s.role_key like lower('arn:%:iam::' || a.account_id || ':role/' || a.role_name))
                 as approved
            from spend_line s
            where s.usage_hour >= ? and s.usage_hour < ? and
            """
                + AttributedLines.UNATTRIBUTED
                + " group by s.principal_kind, s.principal, s.role_key, s.usage_account_id"
                + " order by cost desc")
        .params(period.start(), period.end())
        .query(
            (rs, n) ->
                new UnattributedSpend(
                    PrincipalKind.valueOf(rs.getString(1)),
                    rs.getString(2),
                    rs.getString(4),
                    reason(PrincipalKind.valueOf(rs.getString(1)), rs.getInt(6), rs.getInt(7)),
                    rs.getBigDecimal(5)))
        .list();
  }

  private static String reason(PrincipalKind kind, int claimed, int approved) {
    return switch (kind) {
      case ROLE ->
          claimed > 0 ? "BEFORE_CLAIM" : approved > 0 ? "ROLE_NOT_CLAIMED" : "UNKNOWN_ROLE";
      case USER -> "IAM_USER";
      case NONE -> "NO_PRINCIPAL";
      case UNPARSEABLE -> "UNPARSEABLE_PRINCIPAL";
    };
  }

  /** Days of the month up to the last hour with imported spend; 0 without data. */
  int dataDays(Period period) {
    OffsetDateTime last =
        jdbc.sql("select max(last_usage_hour) from spend_month where usage_month = ?")
            .param(period.toString())
            .query(OffsetDateTime.class)
            .optional()
            .orElse(null);
    return last == null ? 0 : last.getDayOfMonth();
  }

  static BigDecimal forecast(BigDecimal spend, Period period, int dataDays) {
    if (dataDays == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return spend
        .multiply(BigDecimal.valueOf(period.days()))
        .divide(BigDecimal.valueOf(dataDays), 2, RoundingMode.HALF_UP);
  }

  private static String label(String value) {
    return value == null ? "unknown" : value;
  }

  private static List<Row> sorted(List<Row> rows) {
    List<Row> copy = new ArrayList<>(rows);
    copy.sort(Comparator.comparing(Row::name).thenComparing(Row::id));
    return copy;
  }

  private record Row(String id, String kind, String name) {}

  /** Builds the tree bottom-up (spend, budgets), then marks the first limit hit top-down. */
  private static final class Builder {
    private final Map<String, List<Row>> childrenOf;
    private final Map<String, BigDecimal> spendByWorkload;
    private final Budgets.InForce budgets;
    private final Period period;
    private final int dataDays;

    Builder(
        Map<String, List<Row>> childrenOf,
        Map<String, BigDecimal> spendByWorkload,
        Budgets.InForce budgets,
        Period period,
        int dataDays) {
      this.childrenOf = childrenOf;
      this.spendByWorkload = spendByWorkload;
      this.budgets = budgets;
      this.period = period;
      this.dataDays = dataDays;
    }

    RollupNode build(Row row, RollupNode.LimitHit aboveHit) {
      Draft draft = draft(row);
      return finish(draft, aboveHit);
    }

    private Draft draft(Row row) {
      if (row.kind().equals("WORKLOAD")) {
        BigDecimal spend = spendByWorkload.getOrDefault(row.id(), BigDecimal.ZERO);
        Budgets.Budget budget = budgets.workload(row.id());
        return new Draft(row, spend, budget, List.of());
      }
      List<Draft> children = new ArrayList<>();
      BigDecimal spend = BigDecimal.ZERO;
      BigDecimal childBudgets = null;
      for (Row child : sorted(childrenOf.getOrDefault(row.id(), List.of()))) {
        Draft d = draft(child);
        children.add(d);
        spend = spend.add(d.spend);
        if (d.budget.amount() != null) {
          childBudgets =
              childBudgets == null ? d.budget.amount() : childBudgets.add(d.budget.amount());
        }
      }
      Budgets.Budget budget = budgets.node(row.id(), childBudgets);
      return new Draft(row, spend, budget, children);
    }

    /** The first limit hit is looked for from the top down: a parent's exhausted budget wins. */
    private RollupNode finish(Draft d, RollupNode.LimitHit aboveHit) {
      RollupNode.LimitHit hit = aboveHit;
      if (hit == null && d.budget.amount() != null && d.spend.compareTo(d.budget.amount()) >= 0) {
        hit = new RollupNode.LimitHit(d.row.id(), d.row.kind(), d.row.name());
      }
      List<RollupNode> children = new ArrayList<>();
      for (Draft child : d.children) {
        children.add(finish(child, hit));
      }
      return new RollupNode(
          d.row.id(),
          d.row.kind(),
          d.row.name(),
          d.spend,
          d.budget.amount(),
          d.budget.source(),
          forecast(d.spend, period, dataDays),
          hit,
          children);
    }
  }

  private record Draft(Row row, BigDecimal spend, Budgets.Budget budget, List<Draft> children) {}
}
