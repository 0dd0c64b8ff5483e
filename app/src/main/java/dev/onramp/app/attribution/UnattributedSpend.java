package dev.onramp.app.attribution;

import java.math.BigDecimal;

/**
 * Spend no AI component takes.
 *
 * @param reason BEFORE_CLAIM (the role's workload claimed it later), ROLE_NOT_CLAIMED (approved,
 *     never claimed), UNKNOWN_ROLE, IAM_USER, NO_PRINCIPAL or UNPARSEABLE_PRINCIPAL
 */
public record UnattributedSpend(
    PrincipalKind principalKind,
    String principal,
    String usageAccountId,
    String reason,
    BigDecimal spend) {}
