package dev.onramp.app.pages;

import dev.onramp.app.attribution.RollupNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The roll-up tree as the rows of one table, parents before their children, each knowing its depth;
 * and whether every parent's spend is the sum of its children's (reconciliation).
 */
final class SpendRows {

  private static final Map<String, String> KINDS =
      Map.of(
          "E1", "Business Unit",
          "E2", "Department",
          "E3", "Portfolio",
          "E4", "Product",
          "WORKLOAD", "Workload");

  /**
   * One row.
   *
   * @param percent spend as a whole percentage of the budget; null without a budget
   * @param bar the bar's width, the percentage capped at 100
   */
  public record Row(
      int depth,
      String id,
      String kind,
      String kindLabel,
      String name,
      BigDecimal spend,
      BigDecimal budget,
      String budgetSource,
      Integer percent,
      int bar,
      BigDecimal forecast,
      boolean forecastOverBudget,
      String firstLimitHit) {

    public boolean workload() {
      return "WORKLOAD".equals(kind);
    }
  }

  private final List<Row> rows = new ArrayList<>();
  private final List<String> unreconciled = new ArrayList<>();

  /**
   * @param withoutSpend whether nodes without spend are shown too (a large tree stays readable when
   *     only the spending branches are)
   */
  SpendRows(List<RollupNode> roots, boolean withoutSpend) {
    for (RollupNode root : roots) {
      add(root, 0, withoutSpend);
    }
  }

  List<Row> rows() {
    return rows;
  }

  /** Names of nodes whose children do not add up to them; empty when the tree reconciles. */
  List<String> unreconciled() {
    return unreconciled;
  }

  private void add(RollupNode node, int depth, boolean withoutSpend) {
    if (!node.children().isEmpty()) {
      BigDecimal children =
          node.children().stream().map(RollupNode::spend).reduce(BigDecimal.ZERO, BigDecimal::add);
      if (children.compareTo(node.spend()) != 0) {
        unreconciled.add(node.name());
      }
    }
    if (!withoutSpend && node.spend().signum() == 0) {
      return;
    }
    Integer percent =
        node.budget() == null || node.budget().signum() <= 0
            ? null
            : node.spend()
                .multiply(BigDecimal.valueOf(100))
                .divide(node.budget(), 0, RoundingMode.HALF_UP)
                .intValue();
    rows.add(
        new Row(
            depth,
            node.id(),
            node.kind(),
            KINDS.getOrDefault(node.kind(), node.kind()),
            node.name(),
            node.spend(),
            node.budget(),
            node.budgetSource(),
            percent,
            percent == null ? 0 : Math.min(percent, 100),
            node.forecast(),
            node.budget() != null && node.forecast().compareTo(node.budget()) > 0,
            node.firstLimitHit() == null ? null : node.firstLimitHit().name()));
    for (RollupNode child : node.children()) {
      add(child, depth + 1, withoutSpend);
    }
  }
}
