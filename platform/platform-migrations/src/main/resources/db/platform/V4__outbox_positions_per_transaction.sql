-- Assign outbox positions once per transaction instead of once per row: the first deferred trigger call
-- of a committing transaction numbers all of that transaction's events (in insertion order) under the
-- commit lock, and flags the transaction so that the remaining calls return at once. A sweep publishing
-- thousands of events then pays one UPDATE instead of thousands.
--
-- Only the committing transaction's own events are unpositioned: every committed event got its position
-- when its transaction committed, and other transactions' uncommitted rows are invisible here.
CREATE INDEX outbox_unpositioned ON yg.outbox_event (tenant_id) WHERE position IS NULL;

CREATE OR REPLACE FUNCTION yg.outbox_assign_position() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF current_setting('yg.outbox_positioned', true) = 'yes' THEN
    RETURN NULL;
  END IF;
  PERFORM pg_advisory_xact_lock(7726001);
  WITH mine AS (
         SELECT tenant_id, id FROM yg.outbox_event WHERE position IS NULL ORDER BY occurred_at, ctid),
       numbered AS (
         SELECT tenant_id, id, nextval('yg.outbox_position') AS pos FROM mine)
  UPDATE yg.outbox_event o SET position = numbered.pos
    FROM numbered WHERE o.tenant_id = numbered.tenant_id AND o.id = numbered.id;
  PERFORM set_config('yg.outbox_positioned', 'yes', true);
  RETURN NULL;
END
$fn$;
