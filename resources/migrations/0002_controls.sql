-- Schema 2: control catalogues (built-in, imported OSCAL, the registry's own), assignment of controls to assets and
-- the baseline that says which controls an asset requires (DESIGN.md §4).

CREATE TABLE control_catalog (
    id           INTEGER PRIMARY KEY,
    catalog_key  TEXT NOT NULL UNIQUE,
    kind         TEXT NOT NULL CHECK (kind IN ('builtin', 'oscal', 'own')),
    title        TEXT NOT NULL DEFAULT '',
    version      TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL
);

INSERT INTO control_catalog (catalog_key, kind, updated_at)
VALUES ('builtin', 'builtin', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

INSERT INTO control_catalog (catalog_key, kind, updated_at)
VALUES ('own', 'own', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

CREATE TABLE control (
    id             INTEGER PRIMARY KEY,
    catalog_id     INTEGER NOT NULL REFERENCES control_catalog (id),
    code           TEXT NOT NULL CHECK (length(code) BETWEEN 1 AND 40),
    parent_code    TEXT NOT NULL DEFAULT '',
    area           INTEGER NOT NULL DEFAULT 0 CHECK (area BETWEEN 0 AND 10),
    group_title    TEXT NOT NULL DEFAULT '',
    title_ja       TEXT NOT NULL DEFAULT '',
    title_en       TEXT NOT NULL DEFAULT '',
    description_ja TEXT NOT NULL DEFAULT '',
    description_en TEXT NOT NULL DEFAULT '',
    iso_refs       TEXT NOT NULL DEFAULT '',
    nist_refs      TEXT NOT NULL DEFAULT '',
    sort_order     INTEGER NOT NULL DEFAULT 0,
    retired        INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    updated_at     TEXT NOT NULL,
    UNIQUE (catalog_id, code),
    CHECK (title_ja <> '' OR title_en <> '')
);

CREATE INDEX control_catalog_order ON control (catalog_id, sort_order);

-- One row per asset and control; a missing row for a required control is a gap.
CREATE TABLE control_assignment (
    asset_id       INTEGER NOT NULL REFERENCES asset (id),
    control_id     INTEGER NOT NULL REFERENCES control (id),
    applicable     INTEGER NOT NULL DEFAULT 1 CHECK (applicable IN (0, 1)),
    reason         TEXT NOT NULL DEFAULT '',
    implementation TEXT NOT NULL DEFAULT 'unknown'
                        CHECK (implementation IN ('implemented', 'partial', 'not_implemented', 'unknown')),
    responsible    TEXT NOT NULL DEFAULT '',
    due_date       TEXT,
    evidence_note  TEXT NOT NULL DEFAULT '',
    last_verified  TEXT,
    updated_at     TEXT NOT NULL,
    PRIMARY KEY (asset_id, control_id)
) WITHOUT ROWID;

CREATE INDEX control_assignment_control ON control_assignment (control_id);

-- A rule requires its control for every asset that meets all of its conditions; an empty condition matches any asset.
-- personal_info 'personal' matches every kind of personal information, the other kinds only themselves.
CREATE TABLE baseline_rule (
    id                  INTEGER PRIMARY KEY,
    control_id          INTEGER NOT NULL REFERENCES control (id),
    min_confidentiality INTEGER CHECK (min_confidentiality BETWEEN 1 AND 3),
    min_integrity       INTEGER CHECK (min_integrity BETWEEN 1 AND 3),
    min_availability    INTEGER CHECK (min_availability BETWEEN 1 AND 3),
    min_importance      INTEGER CHECK (min_importance BETWEEN 1 AND 3),
    personal_info       TEXT CHECK (personal_info IN ('personal', 'sensitive', 'my_number')),
    asset_type          TEXT CHECK (asset_type IN ('information', 'paper', 'software', 'hardware', 'media', 'service',
                                                   'facility', 'other'))
);

CREATE INDEX baseline_rule_control ON baseline_rule (control_id);
