-- Schema 3: secure disposal (DESIGN.md §5). A disposal job covers one or more items (one asset each); evidence files
-- are kept inside the registry; corrections are appended amendments. Every table here is append-only: a recorded
-- disposal is final, so UPDATE and DELETE are refused by the database itself, not only by the application.

CREATE TABLE disposal_job (
    id                        INTEGER PRIMARY KEY,
    job_no                    TEXT NOT NULL UNIQUE,
    method                    TEXT NOT NULL CHECK (method IN ('clear', 'purge', 'destroy')),
    technique                 TEXT NOT NULL CHECK (technique IN ('overwrite', 'block_erase', 'crypto_erase', 'degauss',
                                                                 'shred', 'disintegrate', 'melt', 'incinerate',
                                                                 'other')),
    tool                      TEXT NOT NULL DEFAULT '',
    tool_version              TEXT NOT NULL DEFAULT '',
    verification              TEXT NOT NULL CHECK (verification IN ('full', 'sampling', 'other')),
    destination               TEXT NOT NULL CHECK (destination IN ('internal_reuse', 'external_reuse', 'recycling',
                                                                     'manufacturer', 'destroyed', 'other')),
    performed_by_name         TEXT NOT NULL CHECK (performed_by_name <> ''),
    performed_by_title        TEXT NOT NULL DEFAULT '',
    performed_by_organisation TEXT NOT NULL DEFAULT '',
    performed_on              TEXT NOT NULL,
    validated_by_name         TEXT NOT NULL CHECK (validated_by_name <> ''),
    validated_by_title        TEXT NOT NULL DEFAULT '',
    validated_by_organisation TEXT NOT NULL DEFAULT '',
    validated_on              TEXT NOT NULL,
    contractor                TEXT NOT NULL DEFAULT '',
    certificate_no            TEXT NOT NULL DEFAULT '',
    override_reason           TEXT NOT NULL DEFAULT '',
    notes                     TEXT NOT NULL DEFAULT '',
    recorded_by               TEXT NOT NULL,
    recorded_at               TEXT NOT NULL
);

CREATE TABLE disposal_item (
    id              INTEGER PRIMARY KEY,
    job_id          INTEGER NOT NULL REFERENCES disposal_job (id),
    position        INTEGER NOT NULL,
    -- An asset is disposed of once: the second record of the same asset is refused.
    asset_id        INTEGER NOT NULL UNIQUE REFERENCES asset (id),
    asset_no        TEXT NOT NULL,
    asset_name      TEXT NOT NULL,
    media_type      TEXT NOT NULL DEFAULT '',
    make            TEXT NOT NULL DEFAULT '',
    model           TEXT NOT NULL DEFAULT '',
    serial_no       TEXT NOT NULL DEFAULT '',
    property_no     TEXT NOT NULL DEFAULT '',
    source          TEXT NOT NULL DEFAULT '',
    -- The classification of the asset when it was disposed of, and the minimum method that followed from it.
    confidentiality INTEGER NOT NULL CHECK (confidentiality BETWEEN 0 AND 3),
    integrity       INTEGER NOT NULL CHECK (integrity BETWEEN 0 AND 3),
    availability    INTEGER NOT NULL CHECK (availability BETWEEN 0 AND 3),
    backup          TEXT NOT NULL CHECK (backup IN ('yes', 'no', 'unknown')),
    backup_location TEXT NOT NULL DEFAULT '',
    minimum_method  TEXT NOT NULL CHECK (minimum_method IN ('clear', 'purge', 'destroy')),
    result          TEXT NOT NULL CHECK (result = 'passed'),
    UNIQUE (job_id, position)
);

CREATE INDEX disposal_item_job ON disposal_item (job_id);
CREATE INDEX disposal_item_serial ON disposal_item (serial_no);

CREATE TABLE disposal_evidence (
    id            INTEGER PRIMARY KEY,
    job_id        INTEGER NOT NULL REFERENCES disposal_job (id),
    original_name TEXT NOT NULL CHECK (original_name <> ''),
    mime_type     TEXT NOT NULL,
    size          INTEGER NOT NULL CHECK (size > 0),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    added_by      TEXT NOT NULL,
    added_at      TEXT NOT NULL,
    content       BLOB NOT NULL
);

CREATE INDEX disposal_evidence_job ON disposal_evidence (job_id);

CREATE TABLE disposal_amendment (
    id         INTEGER PRIMARY KEY,
    job_id     INTEGER NOT NULL REFERENCES disposal_job (id),
    item_id    INTEGER REFERENCES disposal_item (id),
    field      TEXT NOT NULL,
    old_value  TEXT NOT NULL,
    new_value  TEXT NOT NULL,
    reason     TEXT NOT NULL CHECK (reason <> ''),
    amended_by TEXT NOT NULL,
    amended_at TEXT NOT NULL
);

CREATE INDEX disposal_amendment_job ON disposal_amendment (job_id);

CREATE TRIGGER disposal_job_no_update BEFORE UPDATE ON disposal_job BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

CREATE TRIGGER disposal_job_no_delete BEFORE DELETE ON disposal_job BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

CREATE TRIGGER disposal_item_no_update BEFORE UPDATE ON disposal_item BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

CREATE TRIGGER disposal_item_no_delete BEFORE DELETE ON disposal_item BEGIN
    SELECT RAISE(ABORT, 'disposal records are final; append an amendment instead');
END;

CREATE TRIGGER disposal_evidence_no_update BEFORE UPDATE ON disposal_evidence BEGIN
    SELECT RAISE(ABORT, 'disposal evidence is kept unchanged');
END;

CREATE TRIGGER disposal_evidence_no_delete BEFORE DELETE ON disposal_evidence BEGIN
    SELECT RAISE(ABORT, 'disposal evidence is kept unchanged');
END;

CREATE TRIGGER disposal_amendment_no_update BEFORE UPDATE ON disposal_amendment BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;

CREATE TRIGGER disposal_amendment_no_delete BEFORE DELETE ON disposal_amendment BEGIN
    SELECT RAISE(ABORT, 'amendments are append-only');
END;

-- A disposed asset is final: the row can no longer change, whatever program writes to the file.
CREATE TRIGGER asset_disposed_no_update BEFORE UPDATE ON asset WHEN old.status = 'disposed' BEGIN
    SELECT RAISE(ABORT, 'a disposed asset cannot be changed');
END;

CREATE TRIGGER asset_disposed_no_delete BEFORE DELETE ON asset WHEN old.status = 'disposed' BEGIN
    SELECT RAISE(ABORT, 'a disposed asset cannot be deleted');
END;
