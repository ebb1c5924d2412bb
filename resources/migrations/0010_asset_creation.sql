-- Assets created in bulk (an import of a file, a generated registry) are recorded by one audit event for the whole
-- batch instead of one event per asset. The event names the file (its SHA-256), the number of assets, the fields in
-- the order of the value lists below, and the SHA-256 of the value lists of all its assets, one after the other.
-- Each asset of the batch keeps its values at creation here, so that its history still shows what it was created
-- with, and `verify` recomputes the digest from these rows and compares it with the event in the hash chain.
CREATE TABLE asset_creation (
    asset_id  INTEGER PRIMARY KEY REFERENCES asset (id),
    event_seq INTEGER NOT NULL REFERENCES audit_event (seq),
    vals      TEXT NOT NULL
);

CREATE TRIGGER asset_creation_no_update BEFORE UPDATE ON asset_creation BEGIN
    SELECT RAISE(ABORT, 'asset creation records are append-only');
END;

CREATE TRIGGER asset_creation_no_delete BEFORE DELETE ON asset_creation BEGIN
    SELECT RAISE(ABORT, 'asset creation records are append-only');
END;
