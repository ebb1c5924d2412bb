-- The server's form of the file registry's migration 10: assets created in bulk (an import of a file, a generated
-- registry) are recorded by one audit event for the whole batch, and each asset of the batch keeps its values at
-- creation here, append-only, so that its history shows what it was created with and `verify` can recompute the
-- batch's digest.
CREATE TABLE asset_creation (
    asset_id  BIGINT PRIMARY KEY REFERENCES asset (id),
    event_seq BIGINT NOT NULL REFERENCES audit_event (seq),
    vals      TEXT NOT NULL
);

CREATE TRIGGER asset_creation_no_update BEFORE UPDATE ON asset_creation
    FOR EACH ROW EXECUTE FUNCTION registry_refuse('asset creation records are append-only');
CREATE TRIGGER asset_creation_no_delete BEFORE DELETE ON asset_creation
    FOR EACH ROW EXECUTE FUNCTION registry_refuse('asset creation records are append-only');
CREATE TRIGGER asset_creation_no_truncate BEFORE TRUNCATE ON asset_creation
    FOR EACH STATEMENT EXECUTE FUNCTION registry_refuse('asset creation records are append-only');
