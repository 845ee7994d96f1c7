-- The plugin host (ADRs 0034-0036).

-- Per-county enablement of a plugin: data, read on every request to a plugin route, so enabling or
-- disabling takes effect at once on every node. A row is kept when a plugin is disabled (who, when).
CREATE TABLE yg.plugin_enablement (
  tenant_id   uuid        NOT NULL REFERENCES yg.tenant (id),
  plugin_id   text        NOT NULL CHECK (plugin_id ~ '^[a-z][a-z0-9-]{1,39}$'),
  enabled     boolean     NOT NULL,
  changed_at  timestamptz NOT NULL,
  changed_by  text        NOT NULL,
  PRIMARY KEY (tenant_id, plugin_id)
);
SELECT yg.enable_tenant_rls('yg.plugin_enablement');

-- The plugin schemas migrated so far: platform-level (no tenant), written only by the schema owner when
-- a plugin is first enabled anywhere; a starting node migrates the plugins listed here to their newest
-- version (an upgrade brings new migrations) without reading any county's rows.
CREATE TABLE yg.plugin_schema (
  plugin_id       text        PRIMARY KEY,
  schema_name     text        NOT NULL UNIQUE,
  plugin_version  text        NOT NULL,
  migrated_at     timestamptz NOT NULL
);
REVOKE INSERT, UPDATE, DELETE ON yg.plugin_schema FROM yg_app, yg_system;
