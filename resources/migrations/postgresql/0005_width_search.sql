-- Schema 5 of a shared registry: search ignores the width of letters, digits and kana as a registry file's does (ABC
-- finds ＡＢＣ, カナ finds ｶﾅ, and the reverse; DESIGN.md §14, "the same matching rules"). The searched texts are kept
-- in their NFKC form, lower-cased, under the same pg_trgm indexes; the application normalises a search the same way
-- (SearchIndex::normalised()). normalize() needs a database in UTF-8, as every registry's is.
ALTER TABLE asset DROP COLUMN search_text, DROP COLUMN short_text;
ALTER TABLE asset
    ADD COLUMN search_text TEXT GENERATED ALWAYS AS (lower(normalize(asset_no || chr(31) || name || chr(31) || remarks
        || chr(31) || business_category || chr(31) || department || chr(31) || owner || chr(31) || storage || chr(31)
        || provider || chr(31) || contractor || chr(31) || user_scope || chr(31) || recipients, NFKC))) STORED,
    ADD COLUMN short_text TEXT GENERATED ALWAYS AS (lower(normalize(asset_no || chr(31) || name || chr(31) || department
        || chr(31) || owner || chr(31) || business_category, NFKC))) STORED;
CREATE INDEX asset_search_trigrams ON asset USING gin (search_text gin_trgm_ops);
CREATE INDEX asset_short_trigrams ON asset USING gin (short_text gin_trgm_ops);
