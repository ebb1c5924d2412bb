-- Schema 8: who else handles an asset's data and where it is kept (practice.md §6, DESIGN.md §3), and baseline rules
-- that test them.
--
-- 提供条件 (sharing terms) is split in two: the terms the data were received under (受領条件, receipt_terms) and the
-- terms presented to recipients (利用条件, use_terms). Until now the one field held what the provider laid down, so its
-- text moves to receipt_terms unchanged; use_terms starts empty. Recipients (提供先・利用者) and the medium class
-- (媒体・保存先区分) are new; existing assets have none until someone edits them.

ALTER TABLE asset RENAME COLUMN sharing_terms TO receipt_terms;

ALTER TABLE asset ADD COLUMN recipients TEXT NOT NULL DEFAULT '';

ALTER TABLE asset ADD COLUMN use_terms TEXT NOT NULL DEFAULT '';

ALTER TABLE asset ADD COLUMN medium_class TEXT NOT NULL DEFAULT ''
    CHECK (medium_class IN ('', 'paper', 'portable', 'office_pc', 'mobile', 'onprem', 'cloud', 'facility'));

-- Recipients are searched like the data provider and the contractor. An FTS5 table cannot gain a column, so the index
-- is made again with it and filled from the asset table.
DROP TRIGGER asset_search_delete;

DROP TRIGGER asset_search_update;

DROP TABLE asset_search;

CREATE VIRTUAL TABLE asset_search USING fts5 (
    asset_no, name, remarks, business_category, department, owner, storage, provider, contractor, user_scope,
    recipients,
    content = 'asset', content_rowid = 'id', tokenize = 'trigram'
);

INSERT INTO asset_search (asset_search) VALUES ('rebuild');

CREATE TRIGGER asset_search_delete AFTER DELETE ON asset BEGIN
    INSERT INTO asset_search (asset_search, rowid, asset_no, name, remarks, business_category, department, owner,
                              storage, provider, contractor, user_scope, recipients)
    VALUES ('delete', old.id, old.asset_no, old.name, old.remarks, old.business_category, old.department, old.owner,
            old.storage, old.provider, old.contractor, old.user_scope, old.recipients);
END;

CREATE TRIGGER asset_search_update AFTER UPDATE ON asset BEGIN
    INSERT INTO asset_search (asset_search, rowid, asset_no, name, remarks, business_category, department, owner,
                              storage, provider, contractor, user_scope, recipients)
    VALUES ('delete', old.id, old.asset_no, old.name, old.remarks, old.business_category, old.department, old.owner,
            old.storage, old.provider, old.contractor, old.user_scope, old.recipients);
    INSERT INTO asset_search (rowid, asset_no, name, remarks, business_category, department, owner, storage,
                              provider, contractor, user_scope, recipients)
    VALUES (new.id, new.asset_no, new.name, new.remarks, new.business_category, new.department, new.owner,
            new.storage, new.provider, new.contractor, new.user_scope, new.recipients);
END;

-- A rule may require that the asset names a data provider, recipients or a contractor (1), or has a medium class.
-- Existing rules test none of these. The rules of the default baseline that use them are added by the built-in
-- catalogue's update when the registry is next opened, audited, and only to a baseline nobody has changed.
ALTER TABLE baseline_rule ADD COLUMN has_provider INTEGER NOT NULL DEFAULT 0 CHECK (has_provider IN (0, 1));

ALTER TABLE baseline_rule ADD COLUMN has_recipients INTEGER NOT NULL DEFAULT 0 CHECK (has_recipients IN (0, 1));

ALTER TABLE baseline_rule ADD COLUMN has_contractor INTEGER NOT NULL DEFAULT 0 CHECK (has_contractor IN (0, 1));

ALTER TABLE baseline_rule ADD COLUMN medium_class TEXT
    CHECK (medium_class IN ('paper', 'portable', 'office_pc', 'mobile', 'onprem', 'cloud', 'facility'));
