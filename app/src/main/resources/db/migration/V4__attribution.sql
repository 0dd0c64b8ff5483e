-- Attribution: imported spend (CUR 2.0 / FOCUS files, aggregated per hour), budgets and their
-- alerts, and application inference profiles linked to AI components. Runs on H2 2.x and
-- PostgreSQL 15 alike.

-- One uploaded file. A newer import of the same billing period replaces the older one's lines.
create table spend_import (
  id               varchar(36)   primary key,
  source           varchar(10)   not null, -- CUR or FOCUS
  file_name        varchar(300)  not null,
  billing_periods  varchar(200)  not null, -- YYYY-MM, comma separated
  line_items       bigint        not null,
  stored_rows      bigint        not null,
  total_cost       numeric(20,8) not null,
  imported_by      varchar(100)  not null,
  imported_at      timestamp with time zone not null,
  replaced_at      timestamp with time zone
);

-- Spend aggregated to what attribution needs: one row per billing period, usage hour (UTC),
-- principal, usage account, region, model, token type and resource. No foreign keys or surrogate
-- key: a million-line file is written in seconds, and lines only ever go away a period at a time.
create table spend_line (
  import_id         varchar(36)   not null,
  billing_period    varchar(7)    not null,
  usage_hour        timestamp with time zone not null,
  principal_kind    varchar(12)   not null, -- ROLE, USER, NONE, UNPARSEABLE
  principal         varchar(600),           -- a role's sessions folded into its role ARN
  role_key          varchar(300),           -- lower-case arn:<partition>:iam::<acct>:role/<name>
  usage_account_id  varchar(12)   not null,
  region            varchar(30),
  model             varchar(200),
  token_type        varchar(20)   not null, -- INPUT, OUTPUT, CACHE_READ, CACHE_WRITE, OTHER
  resource_id       varchar(600),
  cost              numeric(20,8) not null,
  line_items        bigint        not null
);
create index spend_line_period on spend_line (billing_period);
create index spend_line_hour on spend_line (usage_hour);

-- An explicit monthly budget; without one a workload's budget is its FA Confirmed Estimate and a
-- node's the sum of its children's.
create table budget (
  subject_type   varchar(10)   not null, -- WORKLOAD or NODE
  subject_id     varchar(36)   not null,
  monthly_amount numeric(14,2) not null,
  set_by         varchar(100)  not null,
  set_at         timestamp with time zone not null,
  primary key (subject_type, subject_id)
);

-- Alerts raised, at most one per subject, period and threshold.
create table budget_alert (
  subject_type  varchar(10)   not null,
  subject_id    varchar(36)   not null,
  period        varchar(7)    not null,
  threshold     varchar(10)   not null, -- PCT_80, PCT_100, FORECAST
  spend         numeric(20,8) not null,
  budget        numeric(14,2) not null,
  raised_at     timestamp with time zone not null,
  primary key (subject_type, subject_id, period, threshold)
);

-- An application inference profile whose spend (FOCUS ResourceId) belongs to an AI component.
create table inference_profile_link (
  profile_arn     varchar(300) primary key,
  ai_component_id varchar(36)  not null references ai_component (id),
  linked_by       varchar(100) not null,
  linked_at       timestamp with time zone not null
);
