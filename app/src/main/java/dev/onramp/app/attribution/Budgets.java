package dev.onramp.app.attribution;

import dev.onramp.app.audit.Actor;
import dev.onramp.app.audit.AuditLog;
import dev.onramp.app.web.InvalidFieldException;
import dev.onramp.app.web.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly budgets. Precedence: an explicit budget on a workload or node wins; without one a
 * workload's budget is its FA Confirmed Estimate (summed over its approved requests) and a node's
 * is the sum of its children's budgets.
 */
@Service
public class Budgets {

  private final JdbcClient jdbc;
  private final AuditLog audit;
  private final Clock clock;

  Budgets(JdbcClient jdbc, AuditLog audit, ObjectProvider<Clock> clock) {
    this.jdbc = jdbc;
    this.audit = audit;
    this.clock = clock.getIfUnique(Clock::systemUTC);
  }

  /** A budget and where it comes from; amount null when there is none. */
  public record Budget(BigDecimal amount, String source) {}

  /** Sets an explicit monthly budget on a workload or an org node. */
  @Transactional
  public Budget set(BudgetSubject subject, String subjectId, BigDecimal amount, String user) {
    if (amount == null || amount.signum() < 0 || amount.scale() > 2) {
      throw new InvalidFieldException("monthlyAmount", "must be a non-negative amount in USD");
    }
    String table = subject == BudgetSubject.WORKLOAD ? "workload" : "org_node";
    boolean exists =
        jdbc.sql("select count(*) from " + table + " where id = ?")
                .param(subjectId)
                .query(Integer.class)
                .single()
            > 0;
    if (!exists) {
      throw new NotFoundException(table, subjectId);
    }
    OffsetDateTime now =
        OffsetDateTime.ofInstant(clock.instant().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    int updated =
        jdbc.sql(
                "update budget set monthly_amount = ?, set_by = ?, set_at = ?"
                    + " where subject_type = ? and subject_id = ?")
            .params(amount, user, now, subject.name(), subjectId)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "insert into budget (subject_type, subject_id, monthly_amount, set_by, set_at)"
                  + " values (?, ?, ?, ?, ?)")
          .params(subject.name(), subjectId, amount, user, now)
          .update();
    }
    audit.record(
        Actor.person(user),
        "budget-set",
        subject == BudgetSubject.WORKLOAD ? "workload" : "org-node",
        subjectId,
        amount + " USD per month");
    return new Budget(amount, "EXPLICIT");
  }

  /** All budget inputs, read once per roll-up. */
  @Transactional(readOnly = true)
  public InForce inForce() {
    Map<String, BigDecimal> explicit = new HashMap<>();
    jdbc.sql("select subject_type, subject_id, monthly_amount from budget")
        .query(
            rs -> {
              explicit.put(rs.getString(1) + ":" + rs.getString(2), rs.getBigDecimal(3));
            });
    Map<String, BigDecimal> estimates = new HashMap<>();
    jdbc.sql(
            """
            select r.workload_id, sum(a.fa_estimate_monthly)
            from approval a join business_request r on r.id = a.request_id
            group by r.workload_id
            """)
        .query(
            rs -> {
              estimates.put(rs.getString(1), rs.getBigDecimal(2));
            });
    return new InForce(explicit, estimates);
  }

  /** Budgets as they stand. */
  public static final class InForce {
    private final Map<String, BigDecimal> explicit;
    private final Map<String, BigDecimal> estimates;

    InForce(Map<String, BigDecimal> explicit, Map<String, BigDecimal> estimates) {
      this.explicit = explicit;
      this.estimates = estimates;
    }

    public Budget workload(String workloadId) {
      BigDecimal set = explicit.get("WORKLOAD:" + workloadId);
      if (set != null) {
        return new Budget(set, "EXPLICIT");
      }
      BigDecimal estimate = estimates.get(workloadId);
      return estimate == null ? new Budget(null, "NONE") : new Budget(estimate, "FA_ESTIMATE");
    }

    /**
     * @param childBudgets the sum of the children's budgets, null when none has one
     */
    public Budget node(String nodeId, BigDecimal childBudgets) {
      BigDecimal set = explicit.get("NODE:" + nodeId);
      if (set != null) {
        return new Budget(set, "EXPLICIT");
      }
      return childBudgets == null ? new Budget(null, "NONE") : new Budget(childBudgets, "CHILDREN");
    }
  }
}
