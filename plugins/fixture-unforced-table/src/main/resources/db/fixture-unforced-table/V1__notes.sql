-- Deliberately wrong: a tenant table with row-level security enabled but not forced and no policy.
CREATE TABLE notes (
  tenant_id uuid NOT NULL,
  id        uuid NOT NULL,
  body      text NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
ALTER TABLE notes ENABLE ROW LEVEL SECURITY;
