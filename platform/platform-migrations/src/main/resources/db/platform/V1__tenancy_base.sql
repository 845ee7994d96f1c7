-- Platform base schema. Runs as yg_migrator, which owns everything here; the application connects as
-- yg_app (DML under row-level security, owns nothing) and named cross-tenant jobs as yg_system (BYPASSRLS).

REVOKE ALL ON SCHEMA yg FROM PUBLIC;
GRANT USAGE ON SCHEMA yg TO yg_app, yg_system;

-- The standard tenant policy. Unset or reset (after a transaction-local set_config the setting reads '')
-- gives NULL, so a connection without a tenant sees zero rows and cannot insert: it fails closed.
-- scope_read lets prefecture and province admins read the counties in their scope, SELECT only.
CREATE FUNCTION yg.enable_tenant_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', tbl);
  EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', tbl);
  EXECUTE format($p$CREATE POLICY tenant_isolation ON %s
      USING (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)
      WITH CHECK (tenant_id = NULLIF(current_setting('app.tenant_id', true), '')::uuid)$p$, tbl);
  EXECUTE format($p$CREATE POLICY scope_read ON %s FOR SELECT
      USING (tenant_id = ANY (string_to_array(NULLIF(current_setting('app.scope_tenants', true), ''), ',')::uuid[]))$p$, tbl);
END
$fn$;

-- Tables whose rows may also be shared (tenant_id IS NULL): a province's rows (province_code set) or
-- national rows (province_code NULL). A tenant reads its own rows and the shared rows that cover it, and
-- only while a tenant is set; yg_app can never write a shared row (WITH CHECK needs its own tenant id).
CREATE FUNCTION yg.enable_shared_rls(tbl regclass) RETURNS void LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM yg.enable_tenant_rls(tbl);
  EXECUTE format($p$CREATE POLICY shared_read ON %s FOR SELECT
      USING (NULLIF(current_setting('app.tenant_id', true), '') IS NOT NULL
             AND tenant_id IS NULL
             AND (province_code IS NULL
                  OR province_code = NULLIF(current_setting('app.province_code', true), '')))$p$, tbl);
END
$fn$;

REVOKE ALL ON FUNCTION yg.enable_tenant_rls(regclass) FROM PUBLIC;
REVOKE ALL ON FUNCTION yg.enable_shared_rls(regclass) FROM PUBLIC;

ALTER DEFAULT PRIVILEGES IN SCHEMA yg GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO yg_app, yg_system;
ALTER DEFAULT PRIVILEGES IN SCHEMA yg GRANT USAGE, SELECT ON SEQUENCES TO yg_app, yg_system;

-- The tenant registry: platform-level, one row per county. Not tenant-owned (no tenant_id): resolving the
-- tenant of a request reads it before any tenant is known. Never deleted: tenants are suspended.
CREATE TABLE yg.tenant (
  id                  uuid         PRIMARY KEY,
  slug                varchar(40)  NOT NULL UNIQUE,
  status              varchar(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
  name_zh             varchar(100) NOT NULL,
  name_en             varchar(100),
  division_code       char(6)      NOT NULL,
  province_code       char(6)      NOT NULL,
  province_name_zh    varchar(100) NOT NULL,
  prefecture_code     char(6),
  prefecture_name_zh  varchar(100),
  time_zone           varchar(40)  NOT NULL,
  manifest            jsonb        NOT NULL,
  manifest_sha256     char(64)     NOT NULL,
  version             integer      NOT NULL,
  created_at          timestamptz  NOT NULL,
  updated_at          timestamptz  NOT NULL
);
REVOKE DELETE ON yg.tenant FROM yg_app;

-- Division codes a tenant has had; the current one is also on yg.tenant (开县 500229 became 开州区 500154).
CREATE TABLE yg.tenant_division_code (
  tenant_id   uuid         NOT NULL REFERENCES yg.tenant (id),
  code        char(6)      NOT NULL,
  name_zh     varchar(100) NOT NULL,
  valid_from  date,
  valid_to    date,
  PRIMARY KEY (tenant_id, code)
);
SELECT yg.enable_tenant_rls('yg.tenant_division_code');

CREATE TABLE yg.department (
  tenant_id    uuid         NOT NULL REFERENCES yg.tenant (id),
  id           uuid         NOT NULL,
  code         varchar(40)  NOT NULL,
  name_zh      varchar(100) NOT NULL,
  name_en      varchar(150),
  credit_code  char(18),
  kind         varchar(20)  NOT NULL,
  synthetic    boolean      NOT NULL,
  active       boolean      NOT NULL,
  sort_order   integer      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
SELECT yg.enable_tenant_rls('yg.department');

CREATE TABLE yg.township (
  tenant_id      uuid         NOT NULL REFERENCES yg.tenant (id),
  id             uuid         NOT NULL,
  code           varchar(40)  NOT NULL,
  name_zh        varchar(100) NOT NULL,
  name_en        varchar(150),
  kind           varchar(20)  NOT NULL CHECK (kind IN ('TOWN', 'TOWNSHIP', 'ETHNIC_TOWNSHIP', 'SUBDISTRICT')),
  division_code  varchar(12),
  active         boolean      NOT NULL,
  sort_order     integer      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
SELECT yg.enable_tenant_rls('yg.township');

CREATE TABLE yg.village (
  tenant_id    uuid         NOT NULL,
  id           uuid         NOT NULL,
  township_id  uuid         NOT NULL,
  code         varchar(40)  NOT NULL,
  name_zh      varchar(100) NOT NULL,
  kind         varchar(20)  NOT NULL CHECK (kind IN ('VILLAGE', 'COMMUNITY')),
  synthetic    boolean      NOT NULL,
  active       boolean      NOT NULL,
  sort_order   integer      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, township_id) REFERENCES yg.township (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.village');

CREATE TABLE yg.service_point (
  tenant_id      uuid         NOT NULL REFERENCES yg.tenant (id),
  id             uuid         NOT NULL,
  code           varchar(40)  NOT NULL,
  name_zh        varchar(100) NOT NULL,
  level          varchar(20)  NOT NULL CHECK (level IN ('COUNTY', 'TOWNSHIP', 'VILLAGE')),
  township_code  varchar(40),
  village_code   varchar(40),
  address        varchar(200),
  opening_hours  varchar(100),
  phone          varchar(40),
  synthetic      boolean      NOT NULL,
  active         boolean      NOT NULL,
  sort_order     integer      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code)
);
SELECT yg.enable_tenant_rls('yg.service_point');

-- Posts are bound to process steps and are the workflow's candidate groups, so their codes are unique
-- within the tenant.
CREATE TABLE yg.post (
  tenant_id        uuid         NOT NULL,
  id               uuid         NOT NULL,
  department_id    uuid         NOT NULL,
  code             varchar(60)  NOT NULL,
  name_zh          varchar(100) NOT NULL,
  active           boolean      NOT NULL,
  sort_order       integer      NOT NULL,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, code),
  FOREIGN KEY (tenant_id, department_id) REFERENCES yg.department (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.post');

CREATE TABLE yg.tenant_plugin (
  tenant_id  uuid        NOT NULL REFERENCES yg.tenant (id),
  plugin_id  varchar(64) NOT NULL,
  enabled    boolean     NOT NULL,
  settings   jsonb       NOT NULL,
  PRIMARY KEY (tenant_id, plugin_id)
);
SELECT yg.enable_tenant_rls('yg.tenant_plugin');

CREATE TABLE yg.stored_file (
  tenant_id      uuid         NOT NULL REFERENCES yg.tenant (id),
  id             uuid         NOT NULL,
  sha256         char(64)     NOT NULL,
  size_bytes     bigint       NOT NULL CHECK (size_bytes > 0),
  content_type   varchar(100) NOT NULL,
  original_name  varchar(255) NOT NULL,
  created_at     timestamptz  NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX stored_file_digest ON yg.stored_file (tenant_id, sha256);
SELECT yg.enable_tenant_rls('yg.stored_file');

-- Code lists (enumerations of RULES.md section 2 and the like). National rows: tenant_id and
-- province_code NULL; a province's rows: province_code set; a county's own additions: tenant_id set.
CREATE TABLE yg.code_list_entry (
  id             uuid         PRIMARY KEY,
  tenant_id      uuid         REFERENCES yg.tenant (id),
  province_code  char(6),
  list_code      varchar(60)  NOT NULL,
  code           varchar(40)  NOT NULL,
  label_zh       varchar(200) NOT NULL,
  label_en       varchar(200),
  sort_order     integer      NOT NULL,
  CHECK (tenant_id IS NULL OR province_code IS NULL)
);
CREATE UNIQUE INDEX code_list_entry_key ON yg.code_list_entry
  (COALESCE(tenant_id, '00000000-0000-0000-0000-000000000000'::uuid), COALESCE(province_code, ''), list_code, code);
SELECT yg.enable_shared_rls('yg.code_list_entry');

-- Operator actions (onboarding, suspension, shared-row writes, clock moves). Platform-level and
-- append-only: the application may insert and read, never change or delete.
CREATE TABLE yg.operator_audit (
  id                 bigserial    PRIMARY KEY,
  occurred_at        timestamptz  NOT NULL,
  actor              varchar(100) NOT NULL,
  action             varchar(60)  NOT NULL,
  subject_tenant_id  uuid,
  subject            varchar(200) NOT NULL,
  detail             jsonb        NOT NULL
);
REVOKE UPDATE, DELETE ON yg.operator_audit FROM yg_app, yg_system;
