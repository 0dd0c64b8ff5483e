package dev.onramp.app.attribution;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.notification.Notifier;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Raises budget alerts for a month: 80 % and 100 % of the budget spent, and a forecast above it.
 * Each node of the roll-up is checked against its own budget in force; an alert is raised once per
 * node, month and threshold, to the node's owners (a workload's: its product's owners).
 */
@Service
public class BudgetAlerts {

  static final BigDecimal EIGHTY_PERCENT = new BigDecimal("0.80");

  private final Attribution attribution;
  private final Notifier notifier;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  BudgetAlerts(
      @Lazy Attribution attribution,
      Notifier notifier,
      AuditLog audit,
      JdbcClient jdbc,
      ObjectProvider<Clock> clock) {
    this.attribution = attribution;
    this.notifier = notifier;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /** Alerts not raised before for the month; returns how many were raised now. */
  @Transactional
  public int check(String period) {
    Rollup rollup = attribution.rollup(Period.parse(period));
    Map<String, Set<String>> owners = owners();
    Map<String, String> productOf = productOfWorkload();
    int raised = 0;
    for (RollupNode root : rollup.roots()) {
      raised += check(root, period, owners, productOf);
    }
    return raised;
  }

  private int check(
      RollupNode node,
      String period,
      Map<String, Set<String>> owners,
      Map<String, String> productOf) {
    int raised = 0;
    BigDecimal budget = node.budget();
    if (budget != null && budget.signum() > 0) {
      for (Threshold t : Threshold.values()) {
        if (t.reached(node, budget) && raise(node, period, t, owners, productOf)) {
          raised++;
        }
      }
    }
    for (RollupNode child : node.children()) {
      raised += check(child, period, owners, productOf);
    }
    return raised;
  }

  private boolean raise(
      RollupNode node,
      String period,
      Threshold threshold,
      Map<String, Set<String>> owners,
      Map<String, String> productOf) {
    String subjectType = node.kind().equals("WORKLOAD") ? "WORKLOAD" : "NODE";
    String key = "budget:" + subjectType + ":" + node.id() + ":" + period + ":" + threshold;
    // The audit key makes the alert once-only, also when two imports check at the same time.
    boolean first =
        audit.recordOnce(
            key,
            Actor.AGENT_BILL,
            "budget-alert-" + threshold.name().toLowerCase(),
            subjectType.equals("WORKLOAD") ? "workload" : "org-node",
            node.id(),
            period
                + ": spend "
                + node.spend()
                + ", forecast "
                + node.forecast()
                + ", budget "
                + node.budget());
    if (!first) {
      return false;
    }
    jdbc.sql(
            """
            insert into budget_alert (subject_type, subject_id, period, threshold, spend, budget,
              raised_at) values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            subjectType,
            node.id(),
            period,
            threshold.name(),
            node.spend(),
            node.budget(),
            OffsetDateTime.ofInstant(
                clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
        .update();
    String ownerNode = subjectType.equals("WORKLOAD") ? productOf.get(node.id()) : node.id();
    notifier.send(
        owners.getOrDefault(ownerNode, Set.of()),
        "budget-alert",
        Map.of(
            "name", node.name(),
            "kind", node.kind(),
            "period", period,
            "threshold", threshold.label,
            "spend", node.spend().toPlainString(),
            "forecast", node.forecast().toPlainString(),
            "budget", node.budget().toPlainString()),
        "/attribution?period=" + period,
        key);
    return true;
  }

  /** Alerts raised, newest first. */
  @Transactional(readOnly = true)
  public List<BudgetAlertView> list(String period) {
    return jdbc.sql(
            """
            select subject_type, subject_id, period, threshold, spend, budget, raised_at
            from budget_alert where period = ? order by raised_at desc, subject_id, threshold
            """)
        .param(period)
        .query(BudgetAlertView.class)
        .list();
  }

  private Map<String, Set<String>> owners() {
    Map<String, Set<String>> owners = new HashMap<>();
    jdbc.sql("select node_id, username from org_node_owner")
        .query(
            rs -> {
              owners.computeIfAbsent(rs.getString(1), n -> new TreeSet<>()).add(rs.getString(2));
            });
    return owners;
  }

  private Map<String, String> productOfWorkload() {
    Map<String, String> products = new HashMap<>();
    jdbc.sql("select id, product_id from workload")
        .query(
            rs -> {
              products.put(rs.getString(1), rs.getString(2));
            });
    return products;
  }

  /** The alert levels. */
  enum Threshold {
    PCT_80("80 % of the budget spent"),
    PCT_100("the budget spent"),
    FORECAST("the forecast above the budget");

    private final String label;

    Threshold(String label) {
      this.label = label;
    }

    boolean reached(RollupNode node, BigDecimal budget) {
      return switch (this) {
        case PCT_80 -> node.spend().compareTo(budget.multiply(EIGHTY_PERCENT)) >= 0;
        case PCT_100 -> node.spend().compareTo(budget) >= 0;
        case FORECAST -> node.forecast().compareTo(budget) > 0;
      };
    }
  }
}
