-- Weekly Cloud Spend Cards: one per Live workload and Monday–Sunday UTC week, with the figures it
-- shows (so a card reads the same tomorrow), its rendered body, and the Product Owner's decision
-- and the Portfolio owner's review of a dispute. Runs on H2 2.x and PostgreSQL 15 alike.

create table spend_card (
  id                      varchar(36)    primary key,
  workload_id             varchar(36)    not null references workload (id),
  week_start              date           not null, -- a Monday; the week is [week_start, +7 days)
  status                  varchar(20)    not null, -- AWAITING_REVIEW, APPROVED, DISPUTED, DISPUTE_UPHELD, DISPUTE_REJECTED, AUTO_ACCEPTED
  provisional             boolean        not null, -- billing data for the week not complete yet
  data_through            timestamp with time zone, -- newest usage hour imported when computed
  actual                  numeric(20,8)  not null,
  weekly_estimate         numeric(14,2),           -- the weekly share of the monthly budget
  monthly_budget          numeric(14,2),
  budget_source           varchar(20)    not null, -- EXPLICIT, FA_ESTIMATE, NONE
  budget_month            varchar(7)     not null, -- the month of the week's Sunday
  month_to_date           numeric(20,8)  not null, -- spend of budget_month up to the week's end
  business_case_type      varchar(20),
  business_case_opportunity numeric(16,2),         -- declared annual opportunity
  body_html               varchar(200000) not null, -- the card rendered (tables and chart)
  process_instance_key    bigint,                  -- the weekly instance that wrote the card
  batch_no                integer,                 -- which of that instance's batches reviews it
  dispute_process_key     bigint,                  -- the dispute's review (Process_SpendCardDispute)
  decided_by              varchar(100),
  decided_at              timestamp with time zone,
  dispute_reason          varchar(2000),
  reviewed_by             varchar(100),
  reviewed_at             timestamp with time zone,
  review_note             varchar(2000),
  generated_at            timestamp with time zone not null,
  refreshed_at            timestamp with time zone not null,
  constraint spend_card_week unique (workload_id, week_start)
);
create index spend_card_week_start on spend_card (week_start);
create index spend_card_provisional on spend_card (provisional);
create index spend_card_batch on spend_card (process_instance_key, batch_no);

-- The week's actuals and estimates by model, token type and region.
create table spend_card_line (
  card_id    varchar(36)   not null references spend_card (id),
  dimension  varchar(10)   not null, -- MODEL, TOKEN, REGION
  label      varchar(200)  not null,
  actual     numeric(20,8) not null,
  estimate   numeric(14,2),
  primary key (card_id, dimension, label)
);

-- The spend of the week and the weeks before it (the trend the chart shows).
create table spend_card_trend (
  card_id     varchar(36)   not null references spend_card (id),
  week_start  date          not null,
  actual      numeric(20,8) not null,
  primary key (card_id, week_start)
);

-- Attribution joins spend to components on the role (AttributedLines); the cards read a week for
-- every Live workload at once. Without this index H2 compares every line of the week with every
-- component (no hash joins); with it, each component finds its own lines.
create index spend_line_role_hour on spend_line (role_key, usage_hour);
