-- Schema 6 of a shared registry: what a client that bypasses the application changes in control assignments, risk
-- entries and disposal records is recorded by the server, as schema 3 does for assets (DESIGN.md §14). At commit, a
-- changed row that no audit event of its transaction names gets an event written by the server: the signed-in user,
-- the server's clock, the changed columns as {column: [old, new]}, and the next link of the chain. The application
-- writes its own event for every change in the same transaction, so its changes are not recorded twice.
--
-- An editor's change of another department's rows is refused with SQLSTATE 42R01 (class 42, access rule violation;
-- "R01" is the registry's own), so that the application tells it apart from a role's missing privilege (42501)
-- without reading the server's words.

CREATE OR REPLACE FUNCTION registry_check_writer() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    allowed BOOLEAN;
    label TEXT;
BEGIN
    IF TG_ARGV[0] = 'department' THEN
        allowed := registry_may_write_department(OLD.department);
        label := OLD.department;
    ELSE
        -- A row of no asset (an organisation-wide risk entry) is the administrators'.
        allowed := CASE WHEN OLD.asset_id IS NULL THEN registry_is('owner') OR registry_is('administrator')
                        ELSE registry_may_write_asset(OLD.asset_id) END;
        label := coalesce((SELECT department FROM asset WHERE id = OLD.asset_id), '');
    END IF;
    IF NOT allowed THEN
        RAISE EXCEPTION 'registry: user % may not change the assets of department "%"', session_user, label
            USING ERRCODE = '42R01';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

-- The audit record of a row of control_assignment, risk or a disposal table that its transaction did not record.
CREATE FUNCTION registry_record_unaudited_row() RETURNS trigger LANGUAGE plpgsql AS $$
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

CREATE CONSTRAINT TRIGGER control_assignment_change_recorded AFTER INSERT OR UPDATE OR DELETE ON control_assignment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
CREATE CONSTRAINT TRIGGER risk_change_recorded AFTER INSERT OR UPDATE OR DELETE ON risk
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
-- Disposal records are only ever added (schema 1 refuses every change and deletion).
CREATE CONSTRAINT TRIGGER disposal_job_change_recorded AFTER INSERT ON disposal_job
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
CREATE CONSTRAINT TRIGGER disposal_item_change_recorded AFTER INSERT ON disposal_item
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
CREATE CONSTRAINT TRIGGER disposal_evidence_change_recorded AFTER INSERT ON disposal_evidence
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
CREATE CONSTRAINT TRIGGER disposal_amendment_change_recorded AFTER INSERT ON disposal_amendment
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_row();
