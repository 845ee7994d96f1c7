-- Identity. Keycloak authenticates (who is this, which counties' organizations is she a member of);
-- these tables authorize, and are read on every request so that a revoked role or post takes effect at
-- once. Users are keyed by their Keycloak user id (the token's sub), which never changes; the user name is
-- kept for people and audit.

-- Departments and posts come from the manifest; a tenant admin may add more in the console. The
-- manifest synchronization only ever touches the rows it manages.
ALTER TABLE yg.department ADD COLUMN managed_by varchar(10) NOT NULL DEFAULT 'MANIFEST'
  CHECK (managed_by IN ('MANIFEST', 'CONSOLE'));
ALTER TABLE yg.post ADD COLUMN managed_by varchar(10) NOT NULL DEFAULT 'MANIFEST'
  CHECK (managed_by IN ('MANIFEST', 'CONSOLE'));

-- A county's staff member: one row per (tenant, user). The same person in two counties has two rows.
CREATE TABLE yg.staff (
  tenant_id      uuid         NOT NULL REFERENCES yg.tenant (id),
  id             uuid         NOT NULL,
  user_id        uuid         NOT NULL,
  username       varchar(100) NOT NULL,
  display_name   varchar(100) NOT NULL,
  department_id  uuid,
  active         boolean      NOT NULL,
  created_at     timestamptz  NOT NULL,
  updated_at     timestamptz  NOT NULL,
  version        integer      NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, id),
  UNIQUE (tenant_id, user_id),
  UNIQUE (tenant_id, username),
  FOREIGN KEY (tenant_id, department_id) REFERENCES yg.department (tenant_id, id)
);
SELECT yg.enable_tenant_rls('yg.staff');

-- Role slugs are checked by the application (plugins declare more), not by a CHECK constraint.
CREATE TABLE yg.staff_role (
  tenant_id   uuid         NOT NULL,
  staff_id    uuid         NOT NULL,
  role        varchar(40)  NOT NULL,
  granted_at  timestamptz  NOT NULL,
  granted_by  varchar(100) NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, role),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES yg.staff (tenant_id, id) ON DELETE CASCADE
);
SELECT yg.enable_tenant_rls('yg.staff_role');

CREATE TABLE yg.staff_post (
  tenant_id   uuid         NOT NULL,
  staff_id    uuid         NOT NULL,
  post_id     uuid         NOT NULL,
  granted_at  timestamptz  NOT NULL,
  granted_by  varchar(100) NOT NULL,
  PRIMARY KEY (tenant_id, staff_id, post_id),
  FOREIGN KEY (tenant_id, staff_id) REFERENCES yg.staff (tenant_id, id) ON DELETE CASCADE,
  FOREIGN KEY (tenant_id, post_id) REFERENCES yg.post (tenant_id, id)
);
-- The workflow asks "who holds this post" (candidate groups).
CREATE INDEX staff_post_by_post ON yg.staff_post (tenant_id, post_id);
SELECT yg.enable_tenant_rls('yg.staff_post');

-- Prefecture and province admins: platform-level rows, read before any tenant is set (the request names
-- a province, not a county). Granted by platform operators; every grant is in the operator audit.
CREATE TABLE yg.oversight_grant (
  user_id        uuid         NOT NULL,
  username       varchar(100) NOT NULL,
  level          varchar(12)  NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE')),
  division_code  char(6)      NOT NULL CHECK (division_code ~ '^[0-9]{6}$'),
  granted_at     timestamptz  NOT NULL,
  granted_by     varchar(100) NOT NULL,
  PRIMARY KEY (user_id, level, division_code)
);

CREATE TABLE yg.platform_operator (
  user_id     uuid         PRIMARY KEY,
  username    varchar(100) NOT NULL,
  granted_at  timestamptz  NOT NULL,
  granted_by  varchar(100) NOT NULL
);

-- Browser sessions, server-side so that any node serves them. The cookie carries a random value; only its
-- SHA-256 is stored, so a copy of this table cannot be replayed as cookies.
CREATE TABLE yg.web_session (
  id_hash        char(64)     PRIMARY KEY,
  user_id        uuid         NOT NULL,
  username       varchar(100) NOT NULL,
  display_name   varchar(100) NOT NULL,
  organizations  text[]       NOT NULL,
  csrf_token     varchar(64)  NOT NULL,
  id_token       text,
  created_at     timestamptz  NOT NULL,
  last_seen_at   timestamptz  NOT NULL,
  expires_at     timestamptz  NOT NULL
);
CREATE INDEX web_session_expiry ON yg.web_session (expires_at);
CREATE INDEX web_session_user ON yg.web_session (user_id);

-- An OIDC authorization request in flight (state, PKCE verifier, nonce): the callback may reach another
-- node. Single use, deleted by the callback; stale rows are purged with expired sessions.
CREATE TABLE yg.oidc_login (
  state          varchar(64)  PRIMARY KEY,
  code_verifier  varchar(128) NOT NULL,
  nonce          varchar(64)  NOT NULL,
  redirect_uri   varchar(500) NOT NULL,
  return_to      varchar(500) NOT NULL,
  created_at     timestamptz  NOT NULL
);
