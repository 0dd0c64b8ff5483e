package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * One node of the spend roll-up: an org node (E1–E4) or a workload under its product. A node's
 * spend is the sum of its children's.
 *
 * @param kind E1, E2, E3, E4 or WORKLOAD
 * @param budget the monthly budget in force, null when none
 * @param budgetSource EXPLICIT (set on this node), FA_ESTIMATE (a workload's FA Confirmed
 *     Estimate), CHILDREN (sum of the children's budgets) or NONE
 * @param forecast month-to-date daily average × days in the month
 * @param firstLimitHit the highest node on the path from the root down to this one whose spend
 *     reached its budget: the limit that binds this node first; null when none did
 */
public record RollupNode(
    String id,
    String kind,
    String name,
    BigDecimal spend,
    BigDecimal budget,
    String budgetSource,
    BigDecimal forecast,
    LimitHit firstLimitHit,
    List<RollupNode> children) {

  /** The node whose budget is used up first on the way up the tree. */
  public record LimitHit(String id, String kind, String name) {}
}
