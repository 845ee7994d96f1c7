-- Entries written by one transaction are chained in the order they were written: a sequence number
-- taken at insert breaks the tie between entries of the same transaction (their ids are random).
ALTER TABLE yg.audit_entry ADD COLUMN written bigserial;
DROP INDEX yg.audit_unchained;
CREATE INDEX audit_unchained ON yg.audit_entry (tenant_id, xact_id, written) WHERE chain_seq IS NULL;
