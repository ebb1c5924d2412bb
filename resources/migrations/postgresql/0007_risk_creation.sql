-- The server's form of the file registry's migration 12: risk entries created in bulk (the candidates of a selection
-- of assets) are recorded by one audit event for the whole batch — one event stamped by the server like any other —
-- and each entry of the batch keeps its values at creation here, append-only, so that its history shows what it was
-- created with and `verify` can recompute the batch's digest. risk_id has no foreign key: an entry removed before it
-- was assessed keeps its creation record.
CREATE TABLE risk_creation (
    risk_id   BIGINT PRIMARY KEY,
    event_seq BIGINT NOT NULL REFERENCES audit_event (seq),
    vals      TEXT NOT NULL
);

CREATE TRIGGER risk_creation_no_update BEFORE UPDATE ON risk_creation
    FOR EACH ROW EXECUTE FUNCTION registry_refuse('risk creation records are append-only');
CREATE TRIGGER risk_creation_no_delete BEFORE DELETE ON risk_creation
    FOR EACH ROW EXECUTE FUNCTION registry_refuse('risk creation records are append-only');
CREATE TRIGGER risk_creation_no_truncate BEFORE TRUNCATE ON risk_creation
    FOR EACH STATEMENT EXECUTE FUNCTION registry_refuse('risk creation records are append-only');

-- Written by those who may write the entry's asset, as the entry itself (schema 3).
ALTER TABLE risk_creation ENABLE ROW LEVEL SECURITY;
CREATE POLICY risk_creation_read ON risk_creation FOR SELECT USING (true);
CREATE POLICY risk_creation_insert ON risk_creation FOR INSERT
    WITH CHECK (registry_may_write_asset((SELECT asset_id FROM risk WHERE id = risk_id)));

-- The roles' privileges on the new table: what the function of the schema before grants, then the creation records
-- as the other records kept for good — editors add them, nobody but the owner changes or deletes them, the viewer
-- does not read them (they are history).
ALTER FUNCTION registry_grant_roles() RENAME TO registry_grant_roles_before_risk_creation;

CREATE FUNCTION registry_grant_roles() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM registry_grant_roles_before_risk_creation();
    EXECUTE format('REVOKE SELECT ON risk_creation FROM %I', registry_role_name('viewer'));
    EXECUTE format('REVOKE UPDATE, DELETE ON risk_creation FROM %I', registry_role_name('administrator'));
    EXECUTE format('GRANT INSERT ON risk_creation TO %I', registry_role_name('editor'));
END
$$;

-- As in the file: no query reads these indexes, and a bulk insert pays for each.
DROP INDEX risk_heat;
DROP INDEX risk_threat;
