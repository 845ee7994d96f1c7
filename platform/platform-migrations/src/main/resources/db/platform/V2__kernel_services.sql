-- Kernel services: working-day calendar (shared rows + tenant overrides), statutory clocks, the
-- tamper-evident audit trail, and the event outbox.

-- Shared tables are seeded by migrations: the schema owner may write any row of them. (yg_app never can;
-- yg_system writes them through the audited operator path.)
CREATE FUNCTION yg.allow_owner_maintenance(tbl regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('CREATE POLICY owner_maintenance ON %s TO yg_migrator USING (true) WITH CHECK (true)', tbl);
END
$fn$;
REVOKE ALL ON FUNCTION yg.allow_owner_maintenance(regclass) FROM PUBLIC;

-- ---------------------------------------------------------------------------------------------------
-- Calendar. A year is confirmed for a tenant when a calendar_year row covers it (national, its province,
-- or its own); its days are the exceptions to the weekday rule, the most specific row winning per date.
CREATE TABLE yg.calendar_year (
  id             uuid         PRIMARY KEY,
  tenant_id      uuid         REFERENCES yg.tenant (id),
  province_code  char(6),
  year           integer      NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  source         varchar(200) NOT NULL,
  confirmed_at   timestamptz  NOT NULL,
  confirmed_by   varchar(100) NOT NULL,
  CHECK (tenant_id IS NULL OR province_code IS NULL)
);
CREATE UNIQUE INDEX calendar_year_key ON yg.calendar_year
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), year);
SELECT yg.enable_shared_rls('yg.calendar_year');
SELECT yg.allow_owner_maintenance('yg.calendar_year');

CREATE TABLE yg.calendar_day (
  id             uuid         PRIMARY KEY,
  tenant_id      uuid         REFERENCES yg.tenant (id),
  province_code  char(6),
  day            date         NOT NULL,
  kind           varchar(10)  NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
  name           varchar(60)  NOT NULL,
  CHECK (tenant_id IS NULL OR province_code IS NULL)
);
CREATE UNIQUE INDEX calendar_day_key ON yg.calendar_day
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), day);
SELECT yg.enable_shared_rls('yg.calendar_day');
SELECT yg.allow_owner_maintenance('yg.calendar_day');

-- Years a deadline needed but nobody had confirmed: the operators' and province admins' to-do list.
-- Platform-level (no tenant data): which province lacks which year, and since when.
CREATE TABLE yg.calendar_missing_year (
  province_code  char(6)      NOT NULL,
  year           integer      NOT NULL,
  first_needed   timestamptz  NOT NULL,
  PRIMARY KEY (province_code, year)
);
REVOKE DELETE ON yg.calendar_missing_year FROM yg_app;

-- Warning thresholds per regime: national defaults (shared rows) and tenant overrides. A clock turns
-- yellow when yellow_pct of its limit has elapsed, red at red_pct, overdue after its deadline.
CREATE TABLE yg.clock_policy (
  id             uuid         PRIMARY KEY,
  tenant_id      uuid         REFERENCES yg.tenant (id),
  province_code  char(6),
  regime         varchar(40)  NOT NULL,
  yellow_pct     integer      NOT NULL CHECK (yellow_pct BETWEEN 1 AND 99),
  red_pct        integer      NOT NULL CHECK (red_pct BETWEEN 1 AND 100),
  CHECK (yellow_pct < red_pct),
  CHECK (tenant_id IS NULL OR province_code IS NULL)
);
CREATE UNIQUE INDEX clock_policy_key ON yg.clock_policy
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), regime);
SELECT yg.enable_shared_rls('yg.clock_policy');
SELECT yg.allow_owner_maintenance('yg.clock_policy');

-- ---------------------------------------------------------------------------------------------------
-- Clocks. consumed: units used before the current anchor (days for day units, seconds for hour units).
-- yellow_at / red_at / due_at are the instants the level changes; next_transition_at is the next of them
-- still ahead (NULL when paused or finished), which is what the sweep looks at.
CREATE TABLE yg.clock (
  tenant_id           uuid         NOT NULL REFERENCES yg.tenant (id),
  id                  uuid         NOT NULL,
  subject_type        varchar(40)  NOT NULL,
  subject_id          varchar(80)  NOT NULL,
  step                varchar(60)  NOT NULL,
  regime              varchar(40)  NOT NULL,
  unit                varchar(16)  NOT NULL CHECK (unit IN ('WORKING_DAYS', 'NATURAL_DAYS', 'HOURS', 'WORKING_HOURS')),
  limit_amount        integer      NOT NULL CHECK (limit_amount >= 0),
  extension_amount    integer      NOT NULL DEFAULT 0 CHECK (extension_amount >= 0),
  triggered_at        timestamptz  NOT NULL,
  anchor_at           timestamptz  NOT NULL,
  consumed            bigint       NOT NULL DEFAULT 0,
  status              varchar(12)  NOT NULL CHECK (status IN ('RUNNING', 'PAUSED', 'COMPLETED', 'CANCELLED')),
  level               varchar(8)   NOT NULL CHECK (level IN ('GREEN', 'YELLOW', 'RED', 'OVERDUE')),
  yellow_at           timestamptz,
  red_at              timestamptz,
  due_at              timestamptz,
  deadline_date       date,
  provisional         boolean      NOT NULL DEFAULT false,
  missing_years       integer[]    NOT NULL DEFAULT '{}',
  next_transition_at  timestamptz,
  paused_at           timestamptz,
  pause_reason        varchar(200),
  completed_at        timestamptz,
  on_time             boolean,
  created_at          timestamptz  NOT NULL,
  updated_at          timestamptz  NOT NULL,
  version             integer      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX clock_subject ON yg.clock (tenant_id, subject_type, subject_id);
CREATE INDEX clock_provisional ON yg.clock (tenant_id) WHERE provisional AND status IN ('RUNNING', 'PAUSED');
-- The sweep finds the clocks whose level changes without scanning the open ones: this index holds only
-- running clocks with a transition ahead, ordered by when. It spans tenants on purpose (one sweep for all
-- counties, under yg_system), so it does not lead with tenant_id; the comment tells the schema lint so.
CREATE INDEX clock_sweep ON yg.clock (next_transition_at)
  WHERE status = 'RUNNING' AND next_transition_at IS NOT NULL;
COMMENT ON INDEX yg.clock_sweep IS 'cross-tenant: the clock sweep of kernel.system finds due clocks of every tenant';
SELECT yg.enable_tenant_rls('yg.clock');

CREATE TABLE yg.clock_event (
  tenant_id     uuid         NOT NULL,
  clock_id      uuid         NOT NULL,
  seq           bigserial,
  at            timestamptz  NOT NULL,
  kind          varchar(20)  NOT NULL,
  level_before  varchar(8),
  level_after   varchar(8),
  actor         varchar(100) NOT NULL,
  reason        varchar(300),
  detail        jsonb        NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, clock_id, seq),
  FOREIGN KEY (tenant_id, clock_id) REFERENCES yg.clock (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.clock_event');
REVOKE UPDATE, DELETE ON yg.clock_event FROM yg_app, yg_system;

-- ---------------------------------------------------------------------------------------------------
-- Audit trail. Appended in the action's transaction (yg_app: INSERT and SELECT only). The chainer
-- (yg_system) fills the chain columns later, in transaction order, once every earlier transaction has
-- ended: writers never wait for each other.
CREATE TABLE yg.audit_entry (
  tenant_id     uuid         NOT NULL REFERENCES yg.tenant (id),
  id            uuid         NOT NULL,
  occurred_at   timestamptz  NOT NULL,
  actor         varchar(100) NOT NULL,
  role          varchar(60),
  subject_type  varchar(40)  NOT NULL,
  subject_id    varchar(80),
  action        varchar(60)  NOT NULL,
  summary       jsonb        NOT NULL,
  xact_id       xid8         NOT NULL DEFAULT pg_current_xact_id(),
  chain_seq     bigint,
  hash_alg      varchar(10),
  prev_hash     char(64),
  hash          char(64),
  chained_at    timestamptz,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, chain_seq)
);
CREATE INDEX audit_unchained ON yg.audit_entry (tenant_id, xact_id) WHERE chain_seq IS NULL;
CREATE INDEX audit_subject ON yg.audit_entry (tenant_id, subject_type, subject_id, occurred_at);
SELECT yg.enable_tenant_rls('yg.audit_entry');
REVOKE UPDATE, DELETE ON yg.audit_entry FROM yg_app, yg_system;
GRANT UPDATE (chain_seq, hash_alg, prev_hash, hash, chained_at) ON yg.audit_entry TO yg_system;

CREATE TABLE yg.audit_anchor (
  tenant_id        uuid         NOT NULL REFERENCES yg.tenant (id),
  chain_seq        bigint       NOT NULL,
  head_hash        char(64)     NOT NULL,
  anchored_at      timestamptz  NOT NULL,
  key_id           varchar(64)  NOT NULL,
  signature_alg    varchar(20)  NOT NULL,
  signature        text         NOT NULL,
  PRIMARY KEY (tenant_id, chain_seq)
);
SELECT yg.enable_tenant_rls('yg.audit_anchor');
REVOKE UPDATE, DELETE ON yg.audit_anchor FROM yg_app, yg_system;

-- ---------------------------------------------------------------------------------------------------
-- Event outbox. Written in the changing transaction; each row gets its position in commit order when the
-- transaction commits (a deferred trigger under a transaction-scoped advisory lock: only the commit tails
-- of event-producing transactions take turns), so a reader that has seen position p has seen every event
-- committed before it.
CREATE SEQUENCE yg.outbox_position;
CREATE TABLE yg.outbox_event (
  tenant_id     uuid         NOT NULL REFERENCES yg.tenant (id),
  id            uuid         NOT NULL,
  position      bigint,
  occurred_at   timestamptz  NOT NULL,
  type          varchar(80)  NOT NULL,
  subject_type  varchar(40)  NOT NULL,
  subject_id    varchar(80)  NOT NULL,
  payload       jsonb        NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX outbox_by_position ON yg.outbox_event (position);
COMMENT ON INDEX yg.outbox_by_position IS 'cross-tenant: every node tails the outbox of all tenants in position order';
SELECT yg.enable_tenant_rls('yg.outbox_event');
REVOKE DELETE ON yg.outbox_event FROM yg_app;
GRANT USAGE ON SEQUENCE yg.outbox_position TO yg_app, yg_system;

CREATE FUNCTION yg.outbox_assign_position() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_advisory_xact_lock(7726001);
  UPDATE yg.outbox_event SET position = nextval('yg.outbox_position')
   WHERE tenant_id = NEW.tenant_id AND id = NEW.id;
  RETURN NULL;
END
$fn$;
CREATE CONSTRAINT TRIGGER outbox_position AFTER INSERT ON yg.outbox_event
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION yg.outbox_assign_position();

-- Durable consumers remember what they have handled (at least once: they record after handling).
CREATE TABLE yg.outbox_cursor (
  consumer    varchar(100) PRIMARY KEY,
  position    bigint       NOT NULL,
  updated_at  timestamptz  NOT NULL
);
