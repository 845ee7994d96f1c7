-- Province master catalogues and the county items derived from them (ADR 0026).
--
-- A province's master items are shared rows of yg.catalogue_item (tenant_id NULL, province_code set),
-- which the counties of that province already read through the shared_read policy of V7. A county item
-- derived from a master item names it by key: its base fields (name, type, base code, legal basis) follow
-- the master's published version; master_id keeps the master version it last followed.
ALTER TABLE yg.catalogue_item ADD COLUMN master_key varchar(36);
ALTER TABLE yg.catalogue_item ADD CHECK (master_key IS NULL OR tenant_id IS NOT NULL);
CREATE INDEX catalogue_item_by_master ON yg.catalogue_item (tenant_id, master_key)
  WHERE master_key IS NOT NULL;

-- yg_system (BYPASSRLS) writes master rows only through the kernel's ProvinceRows port, which names the
-- province in the transaction-local setting app.shared_province. This guard keeps that connection to
-- that province's shared rows, so a mistake in the SQL handed to the port cannot touch a county's rows or
-- another province's master. yg_app stays under row-level security (it can never write a shared row).
CREATE FUNCTION yg.catalogue_item_shared_write_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  province text := NULLIF(current_setting('app.shared_province', true), '');
BEGIN
  IF current_user <> 'yg_system' THEN
    RETURN COALESCE(NEW, OLD);
  END IF;
  IF TG_OP IN ('UPDATE', 'DELETE')
     AND NOT (OLD.tenant_id IS NULL AND province IS NOT NULL AND OLD.province_code = province) THEN
    RAISE EXCEPTION 'yg_system may change only the master rows of the province it named (%)', province
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE')
     AND NOT (NEW.tenant_id IS NULL AND province IS NOT NULL AND NEW.province_code = province) THEN
    RAISE EXCEPTION 'yg_system may write only master rows of the province it named (%)', province
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN COALESCE(NEW, OLD);
END
$fn$;
REVOKE ALL ON FUNCTION yg.catalogue_item_shared_write_guard() FROM PUBLIC;
CREATE TRIGGER catalogue_item_shared_write_guard
  BEFORE INSERT OR UPDATE OR DELETE ON yg.catalogue_item
  FOR EACH ROW EXECUTE FUNCTION yg.catalogue_item_shared_write_guard();
