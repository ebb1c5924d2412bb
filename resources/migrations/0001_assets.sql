-- Schema 1: registry settings, assets with CIA classification, full-text search and the append-only audit trail.

CREATE TABLE registry_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE asset (
    id                        INTEGER PRIMARY KEY,
    asset_no                  TEXT NOT NULL UNIQUE,
    business_category         TEXT NOT NULL DEFAULT '',
    name                      TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    remarks                   TEXT NOT NULL DEFAULT '',
    user_scope                TEXT NOT NULL DEFAULT '',
    department                TEXT NOT NULL CHECK (department <> ''),
    owner                     TEXT NOT NULL CHECK (owner <> ''),
    asset_type                TEXT NOT NULL CHECK (asset_type IN ('information', 'paper', 'software', 'hardware',
                                                                  'media', 'service', 'facility', 'other')),
    storage                   TEXT NOT NULL DEFAULT '',
    personal_info             TEXT NOT NULL DEFAULT 'none'
                                   CHECK (personal_info IN ('none', 'personal', 'sensitive', 'my_number')),
    subject_count             INTEGER CHECK (subject_count IS NULL OR subject_count >= 0),
    confidentiality           INTEGER NOT NULL CHECK (confidentiality BETWEEN 0 AND 3),
    confidentiality_rationale TEXT NOT NULL DEFAULT '',
    integrity                 INTEGER NOT NULL CHECK (integrity BETWEEN 0 AND 3),
    integrity_rationale       TEXT NOT NULL DEFAULT '',
    availability              INTEGER NOT NULL CHECK (availability BETWEEN 0 AND 3),
    availability_rationale    TEXT NOT NULL DEFAULT '',
    importance                INTEGER GENERATED ALWAYS AS (max(confidentiality, integrity, availability)) STORED,
    provider                  TEXT NOT NULL DEFAULT '',
    sharing_terms             TEXT NOT NULL DEFAULT '',
    contractor                TEXT NOT NULL DEFAULT '',
    retention_until           TEXT,
    registered_on             TEXT NOT NULL,
    next_review               TEXT,
    status                    TEXT NOT NULL DEFAULT 'in_use'
                                   CHECK (status IN ('in_use', 'stored', 'disposal_pending', 'disposed')),
    row_version               INTEGER NOT NULL DEFAULT 1,
    updated_at                TEXT NOT NULL
);

-- Indexes serve the filters of the asset list and the columns people sort a large ledger by; other columns sort by
-- a scan, which keeps bulk imports fast.
CREATE INDEX asset_business_category ON asset (business_category);
CREATE INDEX asset_name ON asset (name);
CREATE INDEX asset_department ON asset (department);
CREATE INDEX asset_owner ON asset (owner);
CREATE INDEX asset_type_index ON asset (asset_type);
CREATE INDEX asset_personal_info ON asset (personal_info);
CREATE INDEX asset_importance ON asset (importance);
CREATE INDEX asset_retention_until ON asset (retention_until);
CREATE INDEX asset_registered_on ON asset (registered_on);
CREATE INDEX asset_next_review ON asset (next_review);
CREATE INDEX asset_status ON asset (status);

-- Trigram tokens find any substring of three or more characters, which suits Japanese text without word breaks.
CREATE VIRTUAL TABLE asset_search USING fts5 (
    asset_no, name, remarks, business_category, department, owner, storage, provider, contractor, user_scope,
    content = 'asset', content_rowid = 'id', tokenize = 'trigram'
);

-- New rows are indexed by AssetStore::indexForSearch(), in one statement for a whole import, which is many times
-- faster than a trigger per row. Updates and deletes keep the index in step through triggers.
CREATE TRIGGER asset_search_delete AFTER DELETE ON asset BEGIN
    INSERT INTO asset_search (asset_search, rowid, asset_no, name, remarks, business_category, department, owner,
                              storage, provider, contractor, user_scope)
    VALUES ('delete', old.id, old.asset_no, old.name, old.remarks, old.business_category, old.department, old.owner,
            old.storage, old.provider, old.contractor, old.user_scope);
END;

CREATE TRIGGER asset_search_update AFTER UPDATE ON asset BEGIN
    INSERT INTO asset_search (asset_search, rowid, asset_no, name, remarks, business_category, department, owner,
                              storage, provider, contractor, user_scope)
    VALUES ('delete', old.id, old.asset_no, old.name, old.remarks, old.business_category, old.department, old.owner,
            old.storage, old.provider, old.contractor, old.user_scope);
    INSERT INTO asset_search (rowid, asset_no, name, remarks, business_category, department, owner, storage,
                              provider, contractor, user_scope)
    VALUES (new.id, new.asset_no, new.name, new.remarks, new.business_category, new.department, new.owner,
            new.storage, new.provider, new.contractor, new.user_scope);
END;

-- Words of one or two characters are shorter than a trigram. For them the short fields people search by are also
-- indexed as single characters and character pairs ("住民" -> "住 住民 民"), so that such a search does not scan
-- every row. AssetStore writes these rows; the table keeps no copy of the text (content=''), which saves a quarter of
-- a gigabyte on a million assets, so a change removes the old pairs with the 'delete' command.
CREATE VIRTUAL TABLE asset_grams USING fts5 (grams, content = '', tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    occurred_at TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    entity      TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    changes     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);

CREATE INDEX audit_event_entity ON audit_event (entity, entity_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
