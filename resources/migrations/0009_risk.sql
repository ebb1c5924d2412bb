-- Risk assessment (DESIGN.md §13, design/risk.md): the threats of the registry (the built-in catalogue and its own),
-- the risk register with the controls planned for each entry, and assessment runs. Nothing existing changes meaning:
-- a registry gets its threats when it is next opened and has no risk entries until someone records them.

CREATE TABLE threat (
    id                   INTEGER PRIMARY KEY,
    code                 TEXT NOT NULL UNIQUE CHECK (code <> ''),
    builtin              INTEGER NOT NULL DEFAULT 0 CHECK (builtin IN (0, 1)),
    name_ja              TEXT NOT NULL DEFAULT '',
    name_en              TEXT NOT NULL DEFAULT '',
    category             TEXT NOT NULL CHECK (category IN ('intentional', 'negligent', 'disaster', 'pandemic',
                                                           'infrastructure')),
    policy_ref           TEXT NOT NULL DEFAULT '',
    objectives           TEXT NOT NULL CHECK (objectives IN ('C', 'I', 'A', 'CI', 'CA', 'IA', 'CIA')),
    asset_types          TEXT NOT NULL DEFAULT '',
    medium_classes       TEXT NOT NULL DEFAULT '',
    related_controls     TEXT NOT NULL DEFAULT '',
    default_likelihood   INTEGER NOT NULL CHECK (default_likelihood BETWEEN 1 AND 3),
    likelihood           INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
    likelihood_rationale TEXT NOT NULL DEFAULT '',
    description_ja       TEXT NOT NULL DEFAULT '',
    description_en       TEXT NOT NULL DEFAULT '',
    source               TEXT NOT NULL DEFAULT '',
    retired              INTEGER NOT NULL DEFAULT 0 CHECK (retired IN (0, 1)),
    sort_order           INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE risk (
    id                      INTEGER PRIMARY KEY,
    risk_no                 TEXT NOT NULL UNIQUE,
    asset_id                INTEGER REFERENCES asset (id),
    threat_id               INTEGER NOT NULL REFERENCES threat (id),
    scenario                TEXT NOT NULL CHECK (length(scenario) BETWEEN 1 AND 1000),
    objectives              TEXT NOT NULL CHECK (objectives IN ('C', 'I', 'A', 'CI', 'CA', 'IA', 'CIA')),
    importance              INTEGER NOT NULL CHECK (importance BETWEEN 1 AND 3),
    importance_rationale    TEXT NOT NULL DEFAULT '',
    likelihood              INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 3),
    likelihood_rationale    TEXT NOT NULL DEFAULT '',
    vulnerability           INTEGER NOT NULL CHECK (vulnerability BETWEEN 1 AND 3),
    vulnerability_derived   INTEGER NOT NULL CHECK (vulnerability_derived IN (0, 1)),
    vulnerability_rationale TEXT NOT NULL DEFAULT '',
    damage_likelihood       INTEGER NOT NULL CHECK (damage_likelihood BETWEEN 1 AND 3),
    risk_value              INTEGER NOT NULL CHECK (risk_value BETWEEN 1 AND 27),
    risk_level              TEXT NOT NULL CHECK (risk_level IN ('low', 'medium', 'high')),
    owner                   TEXT NOT NULL CHECK (owner <> ''),
    treatment               TEXT NOT NULL DEFAULT '' CHECK (treatment IN ('', 'reduce', 'avoid', 'transfer', 'accept')),
    treatment_plan          TEXT NOT NULL DEFAULT '',
    transfer_to             TEXT NOT NULL DEFAULT '',
    due                     TEXT NOT NULL DEFAULT '',
    residual_likelihood     INTEGER NOT NULL DEFAULT 0 CHECK (residual_likelihood BETWEEN 0 AND 3),
    residual_vulnerability  INTEGER NOT NULL DEFAULT 0 CHECK (residual_vulnerability BETWEEN 0 AND 3),
    residual_value          INTEGER NOT NULL DEFAULT 0,
    residual_level          TEXT NOT NULL DEFAULT '' CHECK (residual_level IN ('', 'low', 'medium', 'high')),
    accepted_by             TEXT NOT NULL DEFAULT '',
    accepted_title          TEXT NOT NULL DEFAULT '',
    accepted_role           TEXT NOT NULL DEFAULT '',
    accepted_on             TEXT NOT NULL DEFAULT '',
    acceptance_reason       TEXT NOT NULL DEFAULT '',
    accepted_until          TEXT NOT NULL DEFAULT '',
    status                  TEXT NOT NULL CHECK (status IN ('identified', 'assessed', 'planned', 'in_treatment',
                                                            'accepted', 'closed')),
    not_applicable          INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
    assessed_on             TEXT NOT NULL DEFAULT '',
    assessed_by             TEXT NOT NULL DEFAULT '',
    next_review             TEXT NOT NULL DEFAULT '',
    closed_on               TEXT NOT NULL DEFAULT '',
    closed_reason           TEXT NOT NULL DEFAULT '',
    disposal_no             TEXT NOT NULL DEFAULT '',
    snapshot_personal_info  TEXT NOT NULL DEFAULT '',
    snapshot_asset_type     TEXT NOT NULL DEFAULT '',
    snapshot_medium_class   TEXT NOT NULL DEFAULT '',
    snapshot_vulnerability  INTEGER NOT NULL DEFAULT 0,
    row_version             INTEGER NOT NULL DEFAULT 1
);

CREATE INDEX risk_asset ON risk (asset_id);
CREATE INDEX risk_threat ON risk (threat_id);
CREATE INDEX risk_status_level ON risk (status, risk_level);
CREATE INDEX risk_heat ON risk (importance, damage_likelihood);

-- An assessed entry is never deleted; it is closed (design/risk.md rule 11).
CREATE TRIGGER risk_assessed_is_kept BEFORE DELETE ON risk
WHEN OLD.assessed_on <> ''
BEGIN
    SELECT RAISE(ABORT, 'an assessed risk entry is closed, never deleted');
END;

-- The controls planned for an entry: each one is (or becomes) an assignment of the entry's asset, whose responsible
-- person and due date are those of the assignment.
CREATE TABLE risk_control (
    risk_id    INTEGER NOT NULL REFERENCES risk (id),
    control_id INTEGER NOT NULL REFERENCES control (id),
    PRIMARY KEY (risk_id, control_id)
);

CREATE TABLE assessment_run (
    id             INTEGER PRIMARY KEY,
    run_no         TEXT NOT NULL UNIQUE,
    title          TEXT NOT NULL CHECK (title <> ''),
    scope          TEXT NOT NULL DEFAULT '',
    period_from    TEXT NOT NULL,
    period_to      TEXT NOT NULL,
    assessor       TEXT NOT NULL CHECK (assessor <> ''),
    approver       TEXT NOT NULL DEFAULT '',
    approver_title TEXT NOT NULL DEFAULT '',
    approved_on    TEXT NOT NULL DEFAULT '',
    criteria       TEXT NOT NULL DEFAULT '',
    counts         TEXT NOT NULL DEFAULT '',
    created_by     TEXT NOT NULL,
    created_at     TEXT NOT NULL
);

-- An approved run is a record: it is not changed or deleted.
CREATE TRIGGER assessment_run_approved_is_kept BEFORE UPDATE ON assessment_run
WHEN OLD.approved_on <> ''
BEGIN
    SELECT RAISE(ABORT, 'an approved assessment run is a record and is not changed');
END;

CREATE TRIGGER assessment_run_is_kept BEFORE DELETE ON assessment_run
BEGIN
    SELECT RAISE(ABORT, 'an assessment run is a record and is not deleted');
END;
