-- The plugin's first table. Runs in the plugin's own schema (the default schema of this connection) as the
-- schema owner; the platform grants the application role its use. Every table with a tenant_id keeps
-- counties apart with the platform's forced row-level security policy, and tenant_id leads every index:
-- otherwise the platform refuses to enable the plugin.
CREATE TABLE greeting (
  tenant_id   uuid        NOT NULL,
  id          uuid        NOT NULL,
  text        text        NOT NULL CHECK (length(text) BETWEEN 1 AND 200),
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
SELECT yg.enable_tenant_rls('greeting');
