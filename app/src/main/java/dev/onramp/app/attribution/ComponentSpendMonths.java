package dev.onramp.app.attribution;

import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the per-component monthly summary the roll-up reads ({@code component_spend_month},
 * V7) from the stored lines, for billing periods whose attribution changed after their import: a
 * linked or unlinked inference profile decides again where those lines belong.
 */
@Service
class ComponentSpendMonths {

  private final JdbcClient jdbc;

  ComponentSpendMonths(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The billing periods holding lines of this resource (an inference profile ARN). */
  Collection<String> periodsOfResource(String resourceId) {
    return jdbc.sql("select distinct billing_period from spend_line where resource_id = ?")
        .param(resourceId)
        .query(String.class)
        .list();
  }

  @Transactional
  void rebuild(Collection<String> billingPeriods) {
    if (billingPeriods.isEmpty()) {
      return;
    }
    jdbc.sql("delete from component_spend_month where billing_period in (:periods)")
        .param("periods", billingPeriods)
        .update();
    jdbc.sql(
            """
            insert into component_spend_month
              (billing_period, usage_month, component_id, workload_id, cost)
            select billing_period, usage_month, component_id, workload_id, sum(cost)
            from (select s.billing_period,
                         to_char(s.usage_hour at time zone 'UTC', 'YYYY-MM') as usage_month,
                         c.id as component_id, c.workload_id, s.cost
                  from spend_line s
                  join ai_component c
                    on s.role_key = lower(c.role_arn) and s.usage_hour > c.claimed_at
                  where s.billing_period in (:periods)
                  union all
                  select s.billing_period,
                         to_char(s.usage_hour at time zone 'UTC', 'YYYY-MM') as usage_month,
                         c.id as component_id, c.workload_id, s.cost
                  from spend_line s
                  join inference_profile_link l on s.resource_id = l.profile_arn
                  join ai_component c
                    on c.id = l.ai_component_id and s.usage_hour > c.claimed_at
                  where s.role_key is null and s.billing_period in (:periods)) a
            group by billing_period, usage_month, component_id, workload_id
            """)
        .param("periods", billingPeriods)
        .update();
  }
}
