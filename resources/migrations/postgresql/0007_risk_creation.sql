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

-- Editors move the risk-number counter on, as they do the asset-number counter (schema 3): saving the candidates of
-- their departments' assets numbers the new entries. Every other setting stays the administrators'.
CREATE POLICY registry_setting_risk_counter ON registry_setting FOR UPDATE
    USING (key = 'risk.last_no' AND registry_is('editor')) WITH CHECK (key = 'risk.last_no');
CREATE POLICY registry_setting_risk_counter_upsert ON registry_setting FOR INSERT
    WITH CHECK (key = 'risk.last_no' AND registry_is('editor'));

-- What schema 6 records of changes made past the application (the risk entries among them) knows the batch: at
-- commit, a new entry whose creation record is under a batch event of its own transaction was recorded by the
-- application, as an asset of a batch is (schema 3); any other new entry is still recorded by the server. The function
-- as schema 6 wrote it, with that one case added.
CREATE OR REPLACE FUNCTION registry_record_unaudited_row() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r RECORD;
    entity_name TEXT;
    row_id TEXT;
    act TEXT;
    old_row JSONB := '{}'::jsonb;
    new_row JSONB := '{}'::jsonb;
    changed TEXT;
BEGIN
    -- `migrate` brings the history of the rows it copies (owner only, schema 3).
    IF current_setting('registry.copy_history', true) = 'on' AND registry_is('owner') THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'DELETE' THEN
        r := OLD;
    ELSE
        r := NEW;
    END IF;
    -- The entity and id the application's own events name (AssignmentService, RiskService, DisposalService).
    IF TG_TABLE_NAME = 'control_assignment' THEN
        entity_name := 'control_assignment';
        SELECT a.asset_no || '/' || cc.catalog_key || '/' || c.code INTO row_id
          FROM asset a, control c JOIN control_catalog cc ON cc.id = c.catalog_id
         WHERE a.id = r.asset_id AND c.id = r.control_id;
        row_id := coalesce(row_id, r.asset_id || '/' || r.control_id);
        act := CASE TG_OP WHEN 'INSERT' THEN 'assign' WHEN 'UPDATE' THEN 'update' ELSE 'unassign' END;
    ELSIF TG_TABLE_NAME = 'risk' THEN
        entity_name := 'risk';
        row_id := r.risk_no;
        act := CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'remove' END;
    ELSIF TG_TABLE_NAME = 'disposal_job' THEN
        entity_name := 'disposal';
        row_id := r.job_no;
        act := 'create';
    ELSE
        entity_name := 'disposal';
        row_id := coalesce((SELECT job_no FROM disposal_job WHERE id = r.job_id), r.job_id::text);
        act := CASE TG_TABLE_NAME WHEN 'disposal_evidence' THEN 'add_evidence' WHEN 'disposal_amendment' THEN 'amend'
                                  ELSE 'update' END;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_event e WHERE e.xact = txid_current() AND e.entity = entity_name
               AND e.entity_id = row_id) THEN
        RETURN NULL;
    END IF;
    -- A risk entry the application created in a batch: the batch event of this transaction and the entry's creation
    -- record under it, which names the entry by id and by its risk number (the first value of its list), record it.
    -- (Nested: the fields of r are those of the table the trigger is on.)
    IF TG_TABLE_NAME = 'risk' AND TG_OP = 'INSERT' THEN
        IF EXISTS (SELECT 1 FROM risk_creation c JOIN audit_event e ON e.seq = c.event_seq
                    WHERE c.risk_id = r.id AND e.xact = txid_current() AND e.entity = 'risk_batch'
                      AND left(c.vals, length(registry_json_text(r.risk_no)) + 1)
                          = '[' || registry_json_text(r.risk_no)) THEN
            RETURN NULL;
        END IF;
    END IF;
    IF TG_TABLE_NAME = 'disposal_evidence' THEN
        -- The file's content is kept out of the history; its name, size and hash say what it is.
        new_row := jsonb_build_object('evidence', NEW.original_name, 'mime_type', NEW.mime_type, 'size', NEW.size,
                                      'sha256', NEW.sha256);
    ELSE
        IF TG_OP <> 'INSERT' THEN
            old_row := to_jsonb(OLD);
        END IF;
        IF TG_OP <> 'DELETE' THEN
            new_row := to_jsonb(NEW);
        END IF;
    END IF;
    SELECT '{' || coalesce(string_agg(registry_json_text(k) || ':['
                   || coalesce(registry_json_text(old_row ->> k), 'null') || ','
                   || coalesce(registry_json_text(new_row ->> k), 'null') || ']', ',' ORDER BY k COLLATE "C"), '')
           || '}'
      INTO changed
      FROM (SELECT jsonb_object_keys(old_row || new_row) AS k) keys
     WHERE k NOT IN ('id', 'row_version', 'updated_at', 'asset_id', 'control_id', 'job_id', 'item_id', 'threat_id')
       AND (old_row ->> k) IS DISTINCT FROM (new_row ->> k);
    INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id, changes, prev_hash, hash)
    VALUES (0, '', '', act, entity_name, row_id, changed, '', '');
    RETURN NULL;
END
$$;

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
