-- Casework (政务服务办件): applications and the cases they become, under row-level security. The engine's own
-- tables (schema flowable, V8) hold only process state; everything about people, materials, fees and
-- decisions is here. ADR 0021-0023.

-- How an item's cases run: a standard template (INSTANT 即办件, PROMISE 承诺件, JOINT 联办件, REFERRAL 上报件) or
-- a BPMN the county uploaded (validated, deployed under its own key), with the posts its steps are bound to.
-- Items without a row run on the template their case kind implies, with the department's posts.
CREATE TABLE yg.case_process_binding (
  tenant_id       uuid          NOT NULL REFERENCES yg.tenant (id),
  item_key        varchar(36)   NOT NULL,
  template        varchar(10)   NOT NULL CHECK (template IN ('INSTANT', 'PROMISE', 'JOINT', 'REFERRAL', 'CUSTOM')),
  accept_post     varchar(60)   NOT NULL,
  review_post     varchar(60),
  approve_post    varchar(60),
  branch_posts    text[]        NOT NULL DEFAULT '{}',
  definition_key  varchar(100),
  updated_at      timestamptz   NOT NULL,
  updated_by      varchar(100)  NOT NULL,
  PRIMARY KEY (tenant_id, item_key)
);
SELECT yg.enable_tenant_rls('yg.case_process_binding');

-- Case numbers: one counter per county and day.
CREATE TABLE yg.case_number_counter (
  tenant_id  uuid     NOT NULL REFERENCES yg.tenant (id),
  day        date     NOT NULL,
  last_value integer  NOT NULL,
  PRIMARY KEY (tenant_id, day)
);
SELECT yg.enable_tenant_rls('yg.case_number_counter');

CREATE TABLE yg.case_file (
  tenant_id            uuid          NOT NULL REFERENCES yg.tenant (id),
  id                   uuid          NOT NULL,
  case_number          varchar(40)   NOT NULL,
  query_code_hash      char(64)      NOT NULL,
  item_key             varchar(36)   NOT NULL,
  item_version         integer       NOT NULL,
  item_version_id      uuid          NOT NULL, -- the catalogue version the case runs on, kept to its end
  item_name            varchar(200)  NOT NULL,
  department_code      varchar(40),
  template             varchar(10)   NOT NULL,
  status               varchar(20)   NOT NULL CHECK (status IN ('RECEIVED', 'AWAITING_SUPPLEMENT', 'REFUSED',
                         'ACCEPTED', 'APPROVED', 'REJECTED', 'COMPLETED')),
  channel              varchar(10)   NOT NULL CHECK (channel IN ('ONLINE', 'WINDOW', 'AGENT')),
  applicant_kind       varchar(12)   NOT NULL CHECK (applicant_kind IN ('PERSON', 'ORGANISATION')),
  applicant_name       varchar(200)  NOT NULL,
  applicant_id_number  text          NOT NULL, -- SM4-GCM ciphertext (ADR 0011, FieldCipher)
  applicant_phone      text          NOT NULL, -- SM4-GCM ciphertext
  applicant_user_id    uuid,
  submitted_by         varchar(100)  NOT NULL,
  idempotency_key      varchar(80)   NOT NULL,
  received_at          timestamptz   NOT NULL, -- first receipt of the application
  receipt_at           timestamptz   NOT NULL, -- receipt of the complete materials (a supplement restarts it)
  accepted_at          timestamptz,
  deemed_accepted      boolean       NOT NULL DEFAULT false,
  decided_at           timestamptz,
  completed_at         timestamptz,
  supplement_notices   integer       NOT NULL DEFAULT 0,
  outcome_reason       text,
  fee_standard         numeric(12, 2),
  fee_charged          numeric(12, 2),
  fee_flagged          boolean       NOT NULL DEFAULT false,
  paused               boolean       NOT NULL DEFAULT false,
  process_instance_id  varchar(64),
  acceptance_clock_id  uuid,
  decision_clock_id    uuid,
  version              integer       NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, case_number),
  UNIQUE (tenant_id, submitted_by, idempotency_key)
);
CREATE INDEX case_file_by_applicant ON yg.case_file (tenant_id, applicant_user_id, received_at DESC);
CREATE INDEX case_file_by_status ON yg.case_file (tenant_id, status, received_at);
SELECT yg.enable_tenant_rls('yg.case_file');

-- The materials of a case: the item's material name and the stored file.
CREATE TABLE yg.case_material (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  case_id     uuid          NOT NULL,
  position    integer       NOT NULL,
  name        varchar(200)  NOT NULL,
  file_id     uuid          NOT NULL,
  added_at    timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, case_id, position),
  FOREIGN KEY (tenant_id, case_id) REFERENCES yg.case_file (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.case_material');

-- Files uploaded for an application before it is submitted: only their uploader may attach them.
CREATE TABLE yg.case_upload (
  tenant_id    uuid          NOT NULL REFERENCES yg.tenant (id),
  file_id      uuid          NOT NULL,
  uploaded_by  varchar(100)  NOT NULL,
  uploaded_at  timestamptz   NOT NULL,
  PRIMARY KEY (tenant_id, file_id)
);
SELECT yg.enable_tenant_rls('yg.case_upload');

-- What the public lookup and the case page show: each status (and other milestones) with its time.
CREATE TABLE yg.case_event (
  tenant_id  uuid          NOT NULL REFERENCES yg.tenant (id),
  case_id    uuid          NOT NULL,
  seq        integer       NOT NULL,
  at         timestamptz   NOT NULL,
  kind       varchar(40)   NOT NULL,
  status     varchar(20)   NOT NULL,
  actor      varchar(100)  NOT NULL,
  note       text,
  PRIMARY KEY (tenant_id, case_id, seq),
  FOREIGN KEY (tenant_id, case_id) REFERENCES yg.case_file (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.case_event');

-- Staff inboxes: one row per open (or done) engine task, bound to a post, with its step clock.
CREATE TABLE yg.work_item (
  tenant_id     uuid          NOT NULL REFERENCES yg.tenant (id),
  id            uuid          NOT NULL,
  case_id       uuid          NOT NULL,
  task_id       varchar(64)   NOT NULL,
  step          varchar(40)   NOT NULL,
  post_code     varchar(60)   NOT NULL,
  status        varchar(6)    NOT NULL CHECK (status IN ('OPEN', 'DONE')),
  clock_id      uuid,
  created_at    timestamptz   NOT NULL,
  done_at       timestamptz,
  done_by       varchar(100),
  outcome       varchar(20),
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, task_id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES yg.case_file (tenant_id, id)
);
CREATE INDEX work_item_inbox ON yg.work_item (tenant_id, post_code, status);
CREATE INDEX work_item_by_case ON yg.work_item (tenant_id, case_id);
SELECT yg.enable_tenant_rls('yg.work_item');

-- Notifications to applicants (SMS through the gateway port, and in-app messages), kept as sent.
CREATE TABLE yg.case_notification (
  tenant_id   uuid          NOT NULL REFERENCES yg.tenant (id),
  id          uuid          NOT NULL,
  case_id     uuid          NOT NULL,
  channel     varchar(6)    NOT NULL CHECK (channel IN ('SMS', 'INAPP')),
  recipient   varchar(100)  NOT NULL,
  text        text          NOT NULL,
  created_at  timestamptz   NOT NULL,
  read_at     timestamptz,
  PRIMARY KEY (tenant_id, id),
  FOREIGN KEY (tenant_id, case_id) REFERENCES yg.case_file (tenant_id, id)
);
CREATE INDEX case_notification_by_recipient ON yg.case_notification (tenant_id, recipient, created_at DESC);
SELECT yg.enable_tenant_rls('yg.case_notification');

-- Failed public lookups per client and window, so that guessing query codes is slowed on every node.
CREATE TABLE yg.case_lookup_failure (
  tenant_id   uuid         NOT NULL REFERENCES yg.tenant (id),
  client_key  char(64)     NOT NULL,
  window_start timestamptz NOT NULL,
  failures    integer      NOT NULL,
  PRIMARY KEY (tenant_id, client_key, window_start)
);
SELECT yg.enable_tenant_rls('yg.case_lookup_failure');
