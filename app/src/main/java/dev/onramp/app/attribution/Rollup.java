package dev.onramp.app.attribution;

import java.math.BigDecimal;
import java.util.List;

/**
 * The roll-up of a month: attributed spend in the tree, unattributed spend beside it; {@code
 * attributedSpend + unattributedSpend = totalSpend}.
 *
 * @param dataDays days of the month up to the last hour with imported spend (the forecast's
 *     divisor)
 */
public record Rollup(
    String period,
    BigDecimal totalSpend,
    BigDecimal attributedSpend,
    BigDecimal unattributedSpend,
    int dataDays,
    List<RollupNode> roots) {}
