-- Model catalog (package dev.onramp.app.catalog). The facts about each model (provider, platforms,
-- regions, inference profiles) are refreshed from the bundled catalog/models.json at every start;
-- the governance columns and allowed-account/region tables belong to the FinOps Leads.

create table catalog_model (
  model_id              varchar(128) not null primary key,
  provider              varchar(64)  not null,
  display_name          varchar(128) not null,
  governance_status     varchar(16)  not null,
  governance_updated_at timestamp with time zone,
  governance_updated_by varchar(128)
);

-- Values are provisioning.Platform names: BEDROCK, MARKETPLACE, CLAUDE_PLATFORM, AGENTCORE.
create table catalog_model_platform (
  model_id varchar(128) not null references catalog_model (model_id),
  platform varchar(32)  not null,
  primary key (model_id, platform)
);

-- Regions where the bare model id can be invoked (inference profile type IN_REGION).
create table catalog_model_in_region (
  model_id varchar(128) not null references catalog_model (model_id),
  region   varchar(32)  not null,
  primary key (model_id, region)
);

-- Cross-region inference profiles: one row per source region and destination region. A GLOBAL
-- profile has one row per source region, with that region as destination.
create table catalog_model_profile_route (
  model_id           varchar(128) not null references catalog_model (model_id),
  profile_type       varchar(16)  not null,
  prefix             varchar(16)  not null,
  source_region      varchar(32)  not null,
  destination_region varchar(32)  not null,
  primary key (model_id, profile_type, prefix, source_region, destination_region)
);

-- Governance of a RESTRICTED model: where it may be used (an empty list does not restrict).
create table catalog_model_allowed_account (
  model_id   varchar(128) not null references catalog_model (model_id),
  account_id varchar(12)  not null,
  primary key (model_id, account_id)
);

create table catalog_model_allowed_region (
  model_id varchar(128) not null references catalog_model (model_id),
  region   varchar(32)  not null,
  primary key (model_id, region)
);
