-- Search matches text whatever its width (ABC finds ＡＢＣ, カナ finds ｶﾅ): the index holds the NFKC form of the
-- text, lower-cased, which the program computes (SearchIndex), so the trigram index no longer reads its text from the
-- asset table and no longer follows it through triggers; the program writes both indexes, and fills them again
-- right after this script.
DROP TRIGGER asset_search_delete;

DROP TRIGGER asset_search_update;

DROP TABLE asset_search;

CREATE VIRTUAL TABLE asset_search USING fts5 (
    asset_no, name, remarks, business_category, department, owner, storage, provider, contractor, user_scope,
    recipients,
    content = '', tokenize = 'trigram'
);
