-- What the list pages and the roll-up need to answer fast with 10,000 workloads and a year of
-- spend (docs/benchmarks.md). Runs on H2 2.x and PostgreSQL 15 alike.

-- Spend per billing period and usage month (UTC): the roll-up's total and forecast divisor
-- without reading every line of the month. Written by each import with its lines (SpendImports).
create table spend_month (
  billing_period  varchar(7)    not null,
  usage_month     varchar(7)    not null, -- YYYY-MM of usage_hour in UTC
  total_cost      numeric(20,8) not null,
  last_usage_hour timestamp with time zone not null,
  primary key (usage_month, billing_period)
);

-- The spend each AI component takes from a billing period in a usage month, by the rules of
-- attribution (claimed role or linked inference profile, from the hour after the claim), decided
-- at import with the claims made by then. A claim made later starts at its own instant, after
-- every hour an import already holds, so it takes nothing from lines already imported.
create table component_spend_month (
  billing_period varchar(7)    not null,
  usage_month    varchar(7)    not null,
  component_id   varchar(36)   not null,
  workload_id    varchar(36)   not null,
  cost           numeric(20,8) not null,
  primary key (usage_month, component_id, billing_period)
);
create index component_spend_month_period on component_spend_month (billing_period);

-- Spend imported before this migration, summarised the same way.
insert into spend_month (billing_period, usage_month, total_cost, last_usage_hour)
select billing_period, to_char(usage_hour at time zone 'UTC', 'YYYY-MM'), sum(cost),
       max(usage_hour)
from spend_line
group by billing_period, to_char(usage_hour at time zone 'UTC', 'YYYY-MM');

insert into component_spend_month (billing_period, usage_month, component_id, workload_id, cost)
select billing_period, usage_month, component_id, workload_id, sum(cost)
from (select s.billing_period, to_char(s.usage_hour at time zone 'UTC', 'YYYY-MM') as usage_month,
             c.id as component_id, c.workload_id, s.cost
      from spend_line s
      join ai_component c on s.role_key = lower(c.role_arn) and s.usage_hour > c.claimed_at
      union all
      select s.billing_period, to_char(s.usage_hour at time zone 'UTC', 'YYYY-MM') as usage_month,
             c.id as component_id, c.workload_id, s.cost
      from spend_line s
      join inference_profile_link l on s.resource_id = l.profile_arn
      join ai_component c on c.id = l.ai_component_id and s.usage_hour > c.claimed_at
      where s.role_key is null) a
group by billing_period, usage_month, component_id, workload_id;
