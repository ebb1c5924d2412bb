-- Schema 3 of a shared registry: the server enforces who may change what (DESIGN.md §14), for the application and for
-- anyone who connects with another client alike.
--
-- - Four group roles per database, <database>_administrator, _editor, _auditor and _viewer, created and granted their
--   privileges by registry_grant_roles() (run by `asset-registry-cli server init`, which needs CREATEROLE).
-- - Editors write the assets of the departments they are members of (registry_member), and what hangs on those assets:
--   row-level security for new rows, a trigger with a clear message for the rows they would change or delete.
-- - Every audit event is stamped by the server: the signed-in user (session_user), the server's clock and the next
--   link of the one hash chain, whatever the client sent. Writers take one lock for the chain, so concurrent writers
--   still append one chain.
-- - A change of an asset that no audit event of its transaction records (a client that bypasses the application) gets
--   one written by the server when the transaction commits.

-- The departments whose assets a member of the editor role may write. Changed by `server grant` and `server revoke`.
CREATE TABLE registry_member (
    user_name  TEXT NOT NULL CHECK (user_name <> ''),
    department TEXT NOT NULL CHECK (department <> ''),
    PRIMARY KEY (user_name, department)
);

-- The transaction that wrote an event: lets the server see whether a change was recorded. Not part of the chain.
ALTER TABLE audit_event ADD COLUMN xact BIGINT;
CREATE INDEX audit_event_xact ON audit_event (xact);

-- The name of one of the registry's group roles.
CREATE FUNCTION registry_role_name(kind TEXT) RETURNS TEXT LANGUAGE sql STABLE AS $$
    SELECT current_database() || '_' || kind
$$;

-- Whether the signed-in user holds a role of the registry: 'owner' (the owner of its tables, or a superuser) or one of
-- the group roles. False for a group role that does not exist (yet).
CREATE FUNCTION registry_is(kind TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN kind = 'owner'
                THEN pg_has_role(session_user, (SELECT relowner FROM pg_class WHERE oid = 'audit_event'::regclass),
                                 'MEMBER')
                ELSE coalesce((SELECT pg_has_role(session_user, r.oid, 'MEMBER') FROM pg_roles r
                               WHERE r.rolname = registry_role_name(kind)), false)
           END
$$;

CREATE FUNCTION registry_may_write_department(dept TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT registry_is('owner') OR registry_is('administrator')
        OR (registry_is('editor')
            AND EXISTS (SELECT 1 FROM registry_member m WHERE m.user_name = session_user AND m.department = dept))
$$;

CREATE FUNCTION registry_may_write_asset(asset_key BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE AS $$
    SELECT registry_is('owner') OR registry_is('administrator')
        OR EXISTS (SELECT 1 FROM asset a WHERE a.id = asset_key AND registry_may_write_department(a.department))
$$;

-- Refuses to change or delete a row the user may not write, with a message that says why (row-level security alone
-- would leave such rows silently untouched). The argument names the column that ties the row to a department.
CREATE FUNCTION registry_check_writer() RETURNS trigger LANGUAGE plpgsql AS $$
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
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

ALTER TABLE asset ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_read ON asset FOR SELECT USING (true);
CREATE POLICY asset_insert ON asset FOR INSERT WITH CHECK (registry_may_write_department(department));
CREATE POLICY asset_update ON asset FOR UPDATE USING (true) WITH CHECK (registry_may_write_department(department));
CREATE POLICY asset_delete ON asset FOR DELETE USING (true);
CREATE TRIGGER asset_writer BEFORE UPDATE OR DELETE ON asset
    FOR EACH ROW EXECUTE FUNCTION registry_check_writer('department');

ALTER TABLE control_assignment ENABLE ROW LEVEL SECURITY;
CREATE POLICY control_assignment_read ON control_assignment FOR SELECT USING (true);
CREATE POLICY control_assignment_insert ON control_assignment FOR INSERT WITH CHECK (registry_may_write_asset(asset_id));
CREATE POLICY control_assignment_update ON control_assignment FOR UPDATE USING (true)
    WITH CHECK (registry_may_write_asset(asset_id));
CREATE POLICY control_assignment_delete ON control_assignment FOR DELETE USING (true);
CREATE TRIGGER control_assignment_writer BEFORE UPDATE OR DELETE ON control_assignment
    FOR EACH ROW EXECUTE FUNCTION registry_check_writer('asset');

ALTER TABLE risk ENABLE ROW LEVEL SECURITY;
CREATE POLICY risk_read ON risk FOR SELECT USING (true);
CREATE POLICY risk_insert ON risk FOR INSERT WITH CHECK (registry_may_write_asset(asset_id));
CREATE POLICY risk_update ON risk FOR UPDATE USING (true) WITH CHECK (registry_may_write_asset(asset_id));
CREATE POLICY risk_delete ON risk FOR DELETE USING (true);
CREATE TRIGGER risk_writer BEFORE UPDATE OR DELETE ON risk
    FOR EACH ROW EXECUTE FUNCTION registry_check_writer('asset');

ALTER TABLE risk_control ENABLE ROW LEVEL SECURITY;
CREATE POLICY risk_control_read ON risk_control FOR SELECT USING (true);
CREATE POLICY risk_control_write ON risk_control FOR ALL
    USING (registry_may_write_asset((SELECT asset_id FROM risk WHERE id = risk_id)))
    WITH CHECK (registry_may_write_asset((SELECT asset_id FROM risk WHERE id = risk_id)));

ALTER TABLE disposal_item ENABLE ROW LEVEL SECURITY;
CREATE POLICY disposal_item_read ON disposal_item FOR SELECT USING (true);
CREATE POLICY disposal_item_insert ON disposal_item FOR INSERT WITH CHECK (registry_may_write_asset(asset_id));

ALTER TABLE asset_creation ENABLE ROW LEVEL SECURITY;
CREATE POLICY asset_creation_read ON asset_creation FOR SELECT USING (true);
CREATE POLICY asset_creation_insert ON asset_creation FOR INSERT WITH CHECK (registry_may_write_asset(asset_id));

-- Editors move the asset-number counter on; every other setting is the administrators'.
ALTER TABLE registry_setting ENABLE ROW LEVEL SECURITY;
CREATE POLICY registry_setting_read ON registry_setting FOR SELECT USING (true);
CREATE POLICY registry_setting_administrator ON registry_setting FOR ALL
    USING (registry_is('administrator')) WITH CHECK (registry_is('administrator'));
CREATE POLICY registry_setting_counter ON registry_setting FOR UPDATE
    USING (key = 'next_asset_seq' AND registry_is('editor')) WITH CHECK (key = 'next_asset_seq');
CREATE POLICY registry_setting_counter_upsert ON registry_setting FOR INSERT
    WITH CHECK (key = 'next_asset_seq' AND registry_is('editor'));

-- The one lock of the audit chain, taken by every writing transaction of the application when it begins and by the
-- stamping trigger below: writers append one after the other.
CREATE FUNCTION registry_lock_chain() RETURNS void LANGUAGE sql AS $$
    SELECT pg_advisory_xact_lock(hashtext('asset-registry audit chain'))
$$;

-- A JSON string as the application writes it (to_json escapes the same characters the same way).
CREATE FUNCTION registry_json_text(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT to_json(value)::text
$$;

-- Stamps a new audit event: who (session_user), when (the server's clock, UTC with milliseconds, as the application
-- writes it), its place in the chain and its hash, SHA-256(previous hash ‖ canonical text) as in DESIGN.md §6. Only the
-- owner may bring history of its own, and only into the chain as it stands: `migrate` copies a registry's history
-- this way (SET LOCAL registry.copy_history = 'on').
CREATE FUNCTION registry_stamp_audit_event() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    head_seq BIGINT;
    head_hash TEXT;
BEGIN
    PERFORM registry_lock_chain();
    SELECT seq, hash INTO head_seq, head_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
    head_seq := coalesce(head_seq, 0);
    head_hash := coalesce(head_hash, repeat('0', 64));
    NEW.xact := txid_current();
    IF current_setting('registry.copy_history', true) = 'on' AND registry_is('owner') THEN
        IF NEW.seq <> head_seq + 1 OR NEW.prev_hash <> head_hash THEN
            RAISE EXCEPTION 'registry: copied audit event % does not continue the chain at %', NEW.seq, head_seq
                USING ERRCODE = 'integrity_constraint_violation';
        END IF;
        RETURN NEW;
    END IF;
    NEW.seq := head_seq + 1;
    NEW.prev_hash := head_hash;
    NEW.actor := session_user;
    NEW.occurred_at := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"');
    NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '{"action":' || registry_json_text(NEW.action)
        || ',"actor":' || registry_json_text(NEW.actor) || ',"changes":' || NEW.changes
        || ',"entity":' || registry_json_text(NEW.entity) || ',"entity_id":' || registry_json_text(NEW.entity_id)
        || ',"occurred_at":' || registry_json_text(NEW.occurred_at) || ',"seq":' || NEW.seq || '}', 'UTF8')), 'hex');
    RETURN NEW;
END
$$;

CREATE TRIGGER audit_event_stamp BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION registry_stamp_audit_event();

-- At commit: a change of an asset that no event of the same transaction records is recorded by the server, with the
-- changed columns as {column: [old, new]}.
CREATE FUNCTION registry_record_unaudited_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_no TEXT;
    changed TEXT;
    old_row JSONB;
    new_row JSONB;
BEGIN
    IF TG_OP = 'DELETE' THEN
        row_no := OLD.asset_no;
    ELSE
        row_no := NEW.asset_no;
    END IF;
    IF EXISTS (SELECT 1 FROM audit_event e WHERE e.xact = txid_current() AND e.entity = 'asset'
               AND e.entity_id = row_no) THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'DELETE' AND EXISTS (SELECT 1 FROM asset_creation c JOIN audit_event e ON e.seq = c.event_seq
                                     WHERE c.asset_id = NEW.id AND e.xact = txid_current()) THEN
        RETURN NULL;
    END IF;
    old_row := CASE WHEN TG_OP = 'INSERT' THEN '{}'::jsonb ELSE to_jsonb(OLD) END;
    new_row := CASE WHEN TG_OP = 'DELETE' THEN '{}'::jsonb ELSE to_jsonb(NEW) END;
    SELECT '{' || coalesce(string_agg(registry_json_text(k) || ':['
                   || coalesce(registry_json_text(old_row ->> k), 'null') || ','
                   || coalesce(registry_json_text(new_row ->> k), 'null') || ']', ',' ORDER BY k COLLATE "C"), '')
           || '}'
      INTO changed
      FROM (SELECT jsonb_object_keys(old_row || new_row) AS k) keys
     WHERE k NOT IN ('id', 'row_version', 'updated_at', 'importance', 'search_text', 'short_text')
       AND (old_row ->> k) IS DISTINCT FROM (new_row ->> k);
    INSERT INTO audit_event (seq, occurred_at, actor, action, entity, entity_id, changes, prev_hash, hash)
    VALUES (0, '', '', CASE TG_OP WHEN 'INSERT' THEN 'create' WHEN 'UPDATE' THEN 'update' ELSE 'delete' END, 'asset',
            row_no, changed, '', '');
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER asset_change_recorded AFTER INSERT OR UPDATE OR DELETE ON asset
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_record_unaudited_change();

-- Creates the registry's group roles where they are missing and gives each its privileges on the registry's tables
-- (run again after a migration that adds tables). Nobody but the owner may change or delete audit events or the
-- records kept for good; the auditor and the viewer write nothing; the viewer does not read the history or evidence.
CREATE FUNCTION registry_grant_roles() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    kind TEXT;
    schema_name TEXT := current_schema();
    administrator TEXT := registry_role_name('administrator');
    editor TEXT := registry_role_name('editor');
BEGIN
    FOREACH kind IN ARRAY ARRAY['administrator', 'editor', 'auditor', 'viewer'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = registry_role_name(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', registry_role_name(kind));
        END IF;
        EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, registry_role_name(kind));
        EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM %I', schema_name, registry_role_name(kind));
        EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', schema_name, registry_role_name(kind));
    END LOOP;
    EXECUTE format('REVOKE ALL ON ALL TABLES IN SCHEMA %I FROM PUBLIC', schema_name);
    EXECUTE format('REVOKE SELECT ON audit_event, asset_creation, disposal_evidence FROM %I',
                   registry_role_name('viewer'));
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %I TO %I', schema_name, administrator);
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE ON registry_schema FROM %I', administrator);
    EXECUTE format('REVOKE UPDATE, DELETE ON audit_event, asset_creation, disposal_job, disposal_item, '
                   'disposal_evidence, disposal_amendment FROM %I', administrator);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON asset, control_assignment, risk, risk_control TO %I', editor);
    EXECUTE format('GRANT INSERT ON audit_event, asset_creation, disposal_job, disposal_item, disposal_evidence, '
                   'disposal_amendment TO %I', editor);
    EXECUTE format('GRANT INSERT, UPDATE ON registry_setting TO %I', editor);
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', schema_name, administrator, editor);
END
$$;

-- Makes a user a member of the registry with one role (the role it had before is taken away), creating the user as a
-- login role without a password when the server does not know it yet; an editor's departments replace those it had.
CREATE FUNCTION registry_grant(grantee TEXT, kind TEXT, departments TEXT[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    other TEXT;
BEGIN
    IF kind NOT IN ('administrator', 'editor', 'auditor', 'viewer') THEN
        RAISE EXCEPTION 'registry: % is not a role of the registry', kind USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF kind = 'editor' AND coalesce(array_length(departments, 1), 0) = 0 THEN
        RAISE EXCEPTION 'registry: an editor needs at least one department' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = grantee) THEN
        EXECUTE format('CREATE ROLE %I LOGIN', grantee);
    END IF;
    FOREACH other IN ARRAY ARRAY['administrator', 'editor', 'auditor', 'viewer'] LOOP
        IF other <> kind AND EXISTS (SELECT 1 FROM pg_auth_members am
                                       JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                                      WHERE g.rolname = registry_role_name(other) AND m.rolname = grantee) THEN
            EXECUTE format('REVOKE %I FROM %I', registry_role_name(other), grantee);
        END IF;
    END LOOP;
    EXECUTE format('GRANT %I TO %I', registry_role_name(kind), grantee);
    DELETE FROM registry_member WHERE user_name = grantee;
    IF kind = 'editor' THEN
        INSERT INTO registry_member (user_name, department) SELECT DISTINCT grantee, d FROM unnest(departments) d;
    END IF;
END
$$;

-- Takes every role of the registry and every department away from a user (the login role itself stays).
CREATE FUNCTION registry_revoke(grantee TEXT) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    other TEXT;
BEGIN
    FOREACH other IN ARRAY ARRAY['administrator', 'editor', 'auditor', 'viewer'] LOOP
        IF EXISTS (SELECT 1 FROM pg_auth_members am
                     JOIN pg_roles g ON g.oid = am.roleid JOIN pg_roles m ON m.oid = am.member
                    WHERE g.rolname = registry_role_name(other) AND m.rolname = grantee) THEN
            EXECUTE format('REVOKE %I FROM %I', registry_role_name(other), grantee);
        END IF;
    END LOOP;
    DELETE FROM registry_member WHERE user_name = grantee;
END
$$;
