-- Engine state: runtime state and the history the search API serves, in one schema.
-- Instants are epoch milliseconds (engine clock, UTC); JSON documents are stored as text.
-- The same file runs on H2 and PostgreSQL.

CREATE TABLE engine_lock (
  id INT PRIMARY KEY,
  owner VARCHAR(200),
  acquired_at BIGINT
);
INSERT INTO engine_lock (id, owner, acquired_at) VALUES (1, NULL, NULL);

CREATE TABLE key_block (
  id INT PRIMARY KEY,
  next_key BIGINT NOT NULL
);
INSERT INTO key_block (id, next_key) VALUES (1, 2251799813685249);

CREATE TABLE deployment (
  deployment_key BIGINT PRIMARY KEY,
  tenant_id VARCHAR(256) NOT NULL,
  created BIGINT NOT NULL
);

CREATE TABLE process_definition (
  process_definition_key BIGINT PRIMARY KEY,
  bpmn_process_id VARCHAR(256) NOT NULL,
  version INT NOT NULL,
  version_tag VARCHAR(256),
  name VARCHAR(1000),
  resource_name VARCHAR(1000) NOT NULL,
  resource TEXT NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  deployment_key BIGINT NOT NULL,
  has_start_form BOOLEAN NOT NULL,
  tenant_id VARCHAR(256) NOT NULL,
  CONSTRAINT uq_process_definition_version UNIQUE (bpmn_process_id, version, tenant_id)
);

CREATE TABLE form (
  form_key BIGINT PRIMARY KEY,
  form_id VARCHAR(256) NOT NULL,
  version INT NOT NULL,
  resource_name VARCHAR(1000) NOT NULL,
  form_schema TEXT NOT NULL,
  checksum VARCHAR(64) NOT NULL,
  deployment_key BIGINT NOT NULL,
  tenant_id VARCHAR(256) NOT NULL,
  CONSTRAINT uq_form_version UNIQUE (form_id, version, tenant_id)
);

CREATE TABLE process_instance (
  process_instance_key BIGINT PRIMARY KEY,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  process_definition_version INT NOT NULL,
  parent_process_instance_key BIGINT,
  parent_element_instance_key BIGINT,
  state VARCHAR(20) NOT NULL,
  start_date BIGINT NOT NULL,
  end_date BIGINT,
  incident_count INT NOT NULL,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_pi_definition ON process_instance (bpmn_process_id, state);
CREATE INDEX ix_pi_parent ON process_instance (parent_process_instance_key);

-- state is what the API shows (ACTIVE, COMPLETED, TERMINATED); lifecycle is the engine's own step.
CREATE TABLE element_instance (
  element_instance_key BIGINT PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  element_name VARCHAR(1000),
  type VARCHAR(40) NOT NULL,
  state VARCHAR(20) NOT NULL,
  lifecycle VARCHAR(20) NOT NULL,
  flow_scope_key BIGINT,
  start_date BIGINT NOT NULL,
  end_date BIGINT,
  incident_key BIGINT,
  listener_index INT NOT NULL,
  loop_counter INT,
  mi_collection TEXT,
  mi_completed INT,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ei_process_instance ON element_instance (process_instance_key);
CREATE INDEX ix_ei_flow_scope ON element_instance (flow_scope_key, state);

-- Sequence flows taken towards a joining parallel gateway that has not fired yet.
CREATE TABLE taken_flow (
  flow_scope_key BIGINT NOT NULL,
  gateway_id VARCHAR(256) NOT NULL,
  flow_id VARCHAR(256) NOT NULL,
  taken INT NOT NULL,
  PRIMARY KEY (flow_scope_key, gateway_id, flow_id)
);

-- Every sequence flow an instance took (history for GET /process-instances/{key}/sequence-flows).
CREATE TABLE sequence_flow (
  process_instance_key BIGINT NOT NULL,
  sequence_flow_id VARCHAR(256) NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_sf_process_instance ON sequence_flow (process_instance_key);

CREATE TABLE variable (
  variable_key BIGINT PRIMARY KEY,
  name VARCHAR(1000) NOT NULL,
  var_value TEXT NOT NULL,
  scope_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  tenant_id VARCHAR(256) NOT NULL,
  CONSTRAINT uq_variable_scope_name UNIQUE (scope_key, name)
);
CREATE INDEX ix_var_process_instance ON variable (process_instance_key);

-- state is what the API shows; activatable marks jobs a worker may take now.
CREATE TABLE job (
  job_key BIGINT PRIMARY KEY,
  type VARCHAR(256) NOT NULL,
  worker VARCHAR(256),
  state VARCHAR(30) NOT NULL,
  activatable BOOLEAN NOT NULL,
  retries INT NOT NULL,
  deadline BIGINT,
  retry_at BIGINT,
  error_code VARCHAR(1000),
  error_message TEXT,
  element_instance_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  process_definition_version INT NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  custom_headers TEXT NOT NULL,
  kind VARCHAR(30) NOT NULL,
  listener_event_type VARCHAR(30) NOT NULL,
  creation_time BIGINT NOT NULL,
  end_time BIGINT,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_job_activatable ON job (type, activatable);
CREATE INDEX ix_job_element_instance ON job (element_instance_key);
CREATE INDEX ix_job_process_instance ON job (process_instance_key);
CREATE INDEX ix_job_deadline ON job (deadline);
CREATE INDEX ix_job_retry_at ON job (retry_at);

CREATE TABLE user_task (
  user_task_key BIGINT PRIMARY KEY,
  element_instance_key BIGINT NOT NULL,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  process_definition_version INT NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  name VARCHAR(1000),
  state VARCHAR(20) NOT NULL,
  assignee VARCHAR(256),
  candidate_groups TEXT NOT NULL,
  candidate_users TEXT NOT NULL,
  due_date BIGINT,
  follow_up_date BIGINT,
  priority INT NOT NULL,
  form_key BIGINT,
  external_form_reference VARCHAR(1000),
  custom_headers TEXT NOT NULL,
  creation_date BIGINT NOT NULL,
  completion_date BIGINT,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ut_process_instance ON user_task (process_instance_key);
CREATE INDEX ix_ut_element_instance ON user_task (element_instance_key);
CREATE INDEX ix_ut_state ON user_task (state, element_id);

-- Armed timers only (runtime); element_instance_key is null for timer start events.
CREATE TABLE timer (
  timer_key BIGINT PRIMARY KEY,
  element_instance_key BIGINT,
  process_instance_key BIGINT,
  process_definition_key BIGINT NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  due_date BIGINT NOT NULL,
  repetitions INT NOT NULL,
  cycle VARCHAR(1000),
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_timer_due ON timer (due_date);
CREATE INDEX ix_timer_element_instance ON timer (element_instance_key);
CREATE INDEX ix_timer_definition ON timer (process_definition_key);

-- element_instance_key is the waiting element (the catch event, or the activity a boundary event is attached to);
-- element_id is the catch or boundary event.
CREATE TABLE message_subscription (
  message_subscription_key BIGINT PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  element_instance_key BIGINT NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  message_name VARCHAR(1000) NOT NULL,
  correlation_key VARCHAR(1000) NOT NULL,
  state VARCHAR(20) NOT NULL,
  interrupting BOOLEAN NOT NULL,
  last_updated BIGINT NOT NULL,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_ms_correlation ON message_subscription (message_name, correlation_key, state);
CREATE INDEX ix_ms_element_instance ON message_subscription (element_instance_key, state);
CREATE INDEX ix_ms_process_instance ON message_subscription (process_instance_key);

-- Published messages buffered until they expire.
CREATE TABLE message (
  message_key BIGINT PRIMARY KEY,
  name VARCHAR(1000) NOT NULL,
  correlation_key VARCHAR(1000) NOT NULL,
  message_id VARCHAR(1000),
  variables TEXT NOT NULL,
  expires_at BIGINT NOT NULL,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_message_correlation ON message (name, correlation_key);
CREATE INDEX ix_message_expiry ON message (expires_at);
CREATE INDEX ix_message_id ON message (name, message_id);

-- A buffered message correlates at most once per process (bpmn_process_id).
CREATE TABLE message_correlation (
  message_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  PRIMARY KEY (message_key, bpmn_process_id)
);

-- History of correlations, for correlated-message-subscriptions/search.
CREATE TABLE correlated_message (
  message_key BIGINT NOT NULL,
  subscription_key BIGINT NOT NULL,
  message_name VARCHAR(1000) NOT NULL,
  correlation_key VARCHAR(1000) NOT NULL,
  correlation_time BIGINT NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  element_instance_key BIGINT,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  tenant_id VARCHAR(256) NOT NULL,
  PRIMARY KEY (message_key, subscription_key)
);
CREATE INDEX ix_cm_process_instance ON correlated_message (process_instance_key);

-- failed_step says what resolving the incident retries (JOB, ACTIVATE, COMPLETE).
CREATE TABLE incident (
  incident_key BIGINT PRIMARY KEY,
  process_instance_key BIGINT NOT NULL,
  process_definition_key BIGINT NOT NULL,
  bpmn_process_id VARCHAR(256) NOT NULL,
  element_id VARCHAR(256) NOT NULL,
  element_instance_key BIGINT NOT NULL,
  job_key BIGINT,
  error_type VARCHAR(40) NOT NULL,
  error_message TEXT,
  state VARCHAR(20) NOT NULL,
  creation_time BIGINT NOT NULL,
  failed_step VARCHAR(20) NOT NULL,
  tenant_id VARCHAR(256) NOT NULL
);
CREATE INDEX ix_incident_process_instance ON incident (process_instance_key);
CREATE INDEX ix_incident_state ON incident (state);
